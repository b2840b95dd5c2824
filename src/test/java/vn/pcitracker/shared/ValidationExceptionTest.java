package vn.pcitracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    private static final Map<String, String> TEXTS = Map.of(
            "issue.IssueService.actionNotAllowed", "Không thể thực hiện “{0}” khi kiến nghị đang ở trạng thái “{1}”.",
            "issue.IssueAction.ASSIGN", "Giao xử lý",
            "issue.IssueState.CLOSED", "Đã kết thúc",
            "shared.validation.tooLong", "Tối đa {0} ký tự");

    private static String translate(String key, Object[] args) {
        return new MessageFormat(TEXTS.get(key)).format(args);
    }

    @Test
    void argumentsThatAreTranslationKeysAreReadInTheUsersLanguage() {
        ValidationException.Violation violation = new ValidationException.Violation(null, "issue.IssueService.actionNotAllowed",
                new TranslationKey("issue.IssueAction.ASSIGN"), new TranslationKey("issue.IssueState.CLOSED"));

        assertThat(violation.translate(ValidationExceptionTest::translate))
                .isEqualTo("Không thể thực hiện “Giao xử lý” khi kiến nghị đang ở trạng thái “Đã kết thúc”.");
    }

    @Test
    void otherArgumentsArePassedAsTheyAre() {
        ValidationException.Violation violation = new ValidationException.Violation("title", "shared.validation.tooLong", 300);

        assertThat(violation.translate(ValidationExceptionTest::translate)).isEqualTo("Tối đa 300 ký tự");
    }
}
