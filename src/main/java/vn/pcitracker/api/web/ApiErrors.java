package vn.pcitracker.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Errors raised before a controller runs (no key, bad key, too many requests), in the format of the API asked:
 * Open311's list of {@code {code, description}} under {@code /open311}, an RFC 9457 problem elsewhere.
 */
@Component
class ApiErrors {

    private final ObjectMapper json;
    private final ApiMessages messages;

    ApiErrors(ObjectMapper json, ApiMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        String description = messages.text(request, key);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Object body;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/open311")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            body = List.of(Map.of("code", status, "description", description));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            body = Map.of("type", "about:blank", "title", description, "status", status, "detail", description);
        }
        json.writeValue(response.getOutputStream(), body);
    }
}
