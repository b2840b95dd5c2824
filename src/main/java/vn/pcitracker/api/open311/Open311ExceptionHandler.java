package vn.pcitracker.api.open311;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.pcitracker.api.web.ApiMessages;

/** Errors as GeoReport v2 spells them: a JSON list of {code, description}, with the matching HTTP status. */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
class Open311ExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(Open311ExceptionHandler.class);

    private final ApiMessages messages;

    Open311ExceptionHandler(ApiMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<List<Open311Dtos.Error>> refused(Open311Exception e) {
        return body(e.status(), e.descriptions());
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<List<Open311Dtos.Error>> badRequest(Exception e, HttpServletRequest request) {
        return body(400, List.of(messages.text(request, "api.Open311ExceptionHandler.badRequest", e.getMessage())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<List<Open311Dtos.Error>> failed(Exception e, HttpServletRequest request) {
        log.error("Open311 request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        return body(400, List.of(messages.text(request, "api.Open311ExceptionHandler.generalError")));
    }

    private static ResponseEntity<List<Open311Dtos.Error>> body(int status, List<String> descriptions) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(descriptions.stream().map(text -> new Open311Dtos.Error(status, text)).toList());
    }
}
