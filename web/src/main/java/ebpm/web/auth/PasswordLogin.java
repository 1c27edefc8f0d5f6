package ebpm.web.auth;

import java.util.Optional;

/**
 * The one place a name and password are checked, for the login form and HTTP Basic alike: against the users file,
 * unless the name is locked out by too many wrong passwords ({@link LoginThrottle}).
 */
public final class PasswordLogin {

    /** Too many wrong passwords for this name; the answer is a 429 that says when to try again. */
    public static final class LockedOut extends Exception {
        LockedOut() {
            super("ログインの失敗が続いたため、この利用者名はしばらくログインできません。"
                    + LoginThrottle.WINDOW.toMinutes() + "分ほど待ってから、もう一度試してください。"
                    + "パスワードが分からないときは、管理者に再設定を頼んでください。");
        }
    }

    private final Users users;
    private final LoginThrottle throttle;

    public PasswordLogin(Users users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    /** The user whose password this is, or empty when it is wrong. */
    public Optional<User> authenticate(String name, String password) throws LockedOut {
        if (!throttle.allows(name)) {
            throw new LockedOut();
        }
        Optional<User> user = users.authenticate(name, password);
        if (user.isPresent()) {
            throttle.succeeded(name);
        } else {
            throttle.failed(name);
        }
        return user;
    }
}
