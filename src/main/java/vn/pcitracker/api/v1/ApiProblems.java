package vn.pcitracker.api.v1;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.pcitracker.api.web.ApiMessages;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.ValidationException;

/**
 * Errors of {@code /api/v1} as RFC 9457 problems, in Vietnamese or English by Accept-Language. A refused input
 * lists every broken rule under {@code errors}, each with the field it concerns.
 */
@RestControllerAdvice(assignableTypes = RecommendationController.class)
class ApiProblems {

    private static final String KEY = "api.ApiProblems.";

    private final ApiMessages messages;

    ApiProblems(ApiMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e, HttpServletRequest request) {
        Locale locale = ApiMessages.locale(request);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, messages.text(locale, KEY + "invalid"));
        List<Map<String, String>> errors = e.violations().stream().map(violation -> Map.of(
                "field", violation.field() == null ? "" : violation.field(),
                "message", messages.text(locale, violation))).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, messages.text(request, KEY + "notFound"));
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
            HttpMessageNotReadableException.class})
    ProblemDetail badRequest(Exception e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, messages.text(request, KEY + "badRequest"));
        // Framework messages name internal classes and converters ("...to required type vn.pcitracker..."): a caller
        // is told which parameter, or that the body is unreadable, and no more (issue 9, found by ApiInputPropertiesTest).
        problem.setDetail(switch (e) {
            case MethodArgumentTypeMismatchException mismatch -> mismatch.getName();
            case HttpMessageNotReadableException unreadable -> null;
            default -> e.getMessage();
        });
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        return problem;
    }
}
