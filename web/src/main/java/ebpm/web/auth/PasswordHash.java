package ebpm.web.auth;

import org.springframework.security.crypto.bcrypt.BCrypt;

/** Passwords are kept as bcrypt hashes only; the clear text is compared once and then dropped. */
public final class PasswordHash {

    /** 2^12 rounds: about a quarter second on these machines, slow for a guesser, fine once per login. */
    private static final int LOG_ROUNDS = 12;
    // Checked against when the user is unknown, so a wrong name takes as long as a wrong password.
    private static final String DUMMY = BCrypt.hashpw("ebpm-dummy", BCrypt.gensalt(LOG_ROUNDS));

    private PasswordHash() {
    }

    public static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(LOG_ROUNDS));
    }

    public static boolean matches(String password, String hash) {
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException e) {
            return false; // a damaged hash in the users file matches nothing
        }
    }

    /** Spends the time a check takes, for a name that is not in the users file. */
    static void spendCheckTime(String password) {
        BCrypt.checkpw(password, DUMMY);
    }
}
