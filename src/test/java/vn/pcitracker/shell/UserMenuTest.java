package vn.pcitracker.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserMenuTest {

    @Test
    void initialsAreTheFamilyAndGivenNameWithoutWhatFollowsTheDash() {
        assertThat(UserMenu.initials("Nguyễn Thu Hà – Sở Tài chính (demo)")).isEqualTo("NH");
        assertThat(UserMenu.initials("Phạm Quốc Anh - Lãnh đạo")).isEqualTo("PA");
    }

    @Test
    void aSingleWordOrNothingStillGivesSomethingToShow() {
        assertThat(UserMenu.initials("admin")).isEqualTo("A");
        assertThat(UserMenu.initials("")).isEqualTo("?");
        assertThat(UserMenu.initials("Quản trị hệ thống (demo)")).as("a bracketed word is no initial").isEqualTo("QT");
    }
}
