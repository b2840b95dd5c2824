package vn.pcitracker.api.open311;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcitracker.api.web.ApiMessages;

/**
 * Open311 GeoReport v2 (open311.org/GeoReport_v2), JSON only, for one jurisdiction ({@code jurisdiction_id} is
 * accepted and ignored). Reads need no key; POST needs {@code api_key}.
 */
@RestController
@RequestMapping(path = Open311Controller.ROOT, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Open311 GeoReport v2", description = "Public recommendations as Open311 service requests; filing one needs an API key")
class Open311Controller {

    static final String ROOT = "/open311/v2";
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");

    private final Open311Reads reads;
    private final Open311Intake intake;
    private final ApiMessages messages;

    Open311Controller(Open311Reads reads, Open311Intake intake, ApiMessages messages) {
        this.reads = reads;
        this.intake = intake;
        this.messages = messages;
    }

    @GetMapping("/services.json")
    @Operation(summary = "GET Service List: the fields of recommendations")
    List<Open311Dtos.Service> services(HttpServletRequest request) {
        return reads.services(ApiMessages.locale(request));
    }

    @GetMapping("/services/{serviceCode}.json")
    @Operation(summary = "GET Service Definition: title, DDCI component and publication consent")
    Open311Dtos.ServiceDefinition definition(@PathVariable("serviceCode") String serviceCode, HttpServletRequest request) {
        return reads.definition(serviceCode, ApiMessages.locale(request));
    }

    @GetMapping("/requests.json")
    @Operation(summary = "GET Service Requests: public recommendations, by default of the last 90 days")
    List<Open311Dtos.Request> requests(
            @Parameter(description = "Comma-separated; overrides every other argument")
            @RequestParam(name = "service_request_id", required = false) String serviceRequestId,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @Parameter(description = "w3 date-time, e.g. 2026-01-01T00:00:00+07:00")
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @Parameter(description = "open, closed, or both comma-separated")
            @RequestParam(name = "status", required = false) String status,
            HttpServletRequest request) {
        return reads.requests(serviceRequestId, serviceCode, startDate, endDate, status, ApiMessages.locale(request));
    }

    @GetMapping("/requests/{serviceRequestId}.json")
    @Operation(summary = "GET Service Request: one public recommendation")
    List<Open311Dtos.Request> request(@PathVariable("serviceRequestId") String serviceRequestId, HttpServletRequest request) {
        return List.of(reads.request(serviceRequestId, ApiMessages.locale(request)));
    }

    @GetMapping("/tokens/{token}.json")
    @Operation(summary = "GET service_request_id from a token")
    List<Open311Dtos.TokenAnswer> token(@PathVariable("token") String token, HttpServletRequest request) {
        return List.of(reads.token(token, ApiMessages.locale(request)));
    }

    @PostMapping(path = "/requests.json", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "POST Service Request: a new recommendation to the investment department (api_key required)")
    List<Open311Dtos.Receipt> submit(@RequestParam Map<String, String> form, HttpServletRequest request) {
        Map<String, String> attributes = new HashMap<>();
        form.forEach((name, value) -> {
            Matcher matcher = ATTRIBUTE.matcher(name);
            if (matcher.matches()) {
                attributes.put(matcher.group(1), value);
            }
        });
        return List.of(intake.submit(new Open311Intake.Submission(form.get("service_code"), form.get("lat"),
                form.get("long"), form.get("address_string"), form.get("address_id"), form.get("description"),
                form.get("media_url"), attributes), ApiMessages.locale(request)));
    }

    /** Anything else under the root, such as the XML format this server does not offer. */
    @RequestMapping("/**")
    List<Open311Dtos.Error> unknown(HttpServletRequest request) {
        throw new Open311Exception(404, List.of(messages.text(request, "api.Open311Controller.notFound")));
    }
}
