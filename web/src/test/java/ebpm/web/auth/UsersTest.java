package ebpm.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersTest {

    @TempDir
    Path folder;

    @Test
    void theFileKeepsNameRoleAndABcryptHashNeverThePassword() throws Exception {
        Path file = folder.resolve("users.txt");
        Users.add(file, User.of("tanaka", "planner"), "secret-1");
        Users.add(file, User.of("yokohama", "municipality:141003"), "secret-2");

        String text = Files.readString(file);
        assertThat(text).contains("tanaka planner $2a$12$").contains("yokohama municipality:141003 $2a$12$")
                .doesNotContain("secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Users users = Users.read(file);
        assertThat(users.authenticate("tanaka", "secret-1")).map(User::role).hasValue(Role.PLANNER);
        assertThat(users.authenticate("yokohama", "secret-2")).map(User::municipality).hasValue(Optional.of("141003"));
        assertThat(users.authenticate("tanaka", "secret-2")).isEmpty();
        assertThat(users.authenticate("nobody", "secret-1")).isEmpty();
    }

    @Test
    void addingAUserAgainChangesItsRoleAndPassword() throws Exception {
        Path file = folder.resolve("users.txt");
        Users.add(file, User.of("tanaka", "planner"), "old");
        Users.add(file, User.of("tanaka", "operator"), "new");
        Users users = Users.read(file);
        assertThat(users.all()).extracting(User::roleText).containsExactly("operator");
        assertThat(users.authenticate("tanaka", "old")).isEmpty();
        assertThat(users.authenticate("tanaka", "new")).isPresent();
    }

    @Test
    void rolesAndNamesAreReadStrictly() throws Exception {
        assertThatThrownBy(() -> User.of("tanaka", "admin")).hasMessageContaining("planner, operator or municipality:CODE");
        assertThatThrownBy(() -> User.of("tanaka", "municipality:14100")).hasMessageContaining("6-digit");
        assertThatThrownBy(() -> User.of("田中 太郎", "planner")).hasMessageContaining("letters, digits");
        Path file = folder.resolve("users.txt");
        Files.writeString(file, "# users\ntanaka planner\n");
        assertThatThrownBy(() -> Users.read(file)).hasMessageContaining("line 2");
    }

    @Test
    void aMunicipalityActsForItsOwnCodeOnlyAndOperatorsForAny() {
        User yokohama = User.of("yokohama", "municipality:141003");
        assertThat(yokohama.actsFor("141003")).isTrue();
        assertThat(yokohama.actsFor("141305")).isFalse();
        assertThat(User.of("suzuki", "operator").actsFor("141305")).isTrue();
        assertThat(User.of("tanaka", "planner").actsFor("141003")).isFalse();
    }

    @Test
    void afterALoginTheAppGoesBackToAPathOfItsOwnOnly() {
        assertThat(LoginPage.next("/evidence/x?fy=2020")).isEqualTo("/evidence/x?fy=2020");
        assertThat(LoginPage.next("//evil.example/")).isEmpty();
        assertThat(LoginPage.next("/\\evil.example/")).isEmpty();
        assertThat(LoginPage.next("https://evil.example/")).isEmpty();
        assertThat(LoginPage.next("/x\r\nSet-Cookie: a=b")).isEmpty();
    }
}
