package vn.pcitracker.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pcitracker.issue.IssueState;

/** The product API for the province's own systems and associations' systems; every call needs {@code X-API-Key}. */
@RestController
@RequestMapping(path = "/api/v1/recommendations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Recommendations", description = "Recommendations with states, parties, DDCI links, history and feedback")
@SecurityScheme(name = RecommendationController.KEY, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "X-API-Key")
@SecurityRequirement(name = RecommendationController.KEY)
class RecommendationController {

    static final String KEY = "apiKey";

    private final RecommendationApi api;

    RecommendationController(RecommendationApi api) {
        this.api = api;
    }

    @GetMapping
    @Operation(summary = "A page of the recommendations the key may see, newest received first")
    ApiV1Dtos.Page<ApiV1Dtos.Summary> page(
            @RequestParam(name = "state", required = false) Set<IssueState> states,
            @Parameter(description = "Lead or coordinating agency") @RequestParam(name = "agencyId", required = false) Long agencyId,
            @RequestParam(name = "fieldId", required = false) Long fieldId,
            @Parameter(in = ParameterIn.QUERY, description = "ISO 8601 with offset: only those with history since then")
            @RequestParam(name = "updatedSince", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            OffsetDateTime updatedSince,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return api.page(states, agencyId, fieldId, updatedSince == null ? null : updatedSince.toInstant(), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One recommendation with its parties, DDCI links, history and feedback")
    ApiV1Dtos.Recommendation find(@PathVariable("id") long id) {
        return api.find(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File a recommendation with the investment department; the key's association submits it")
    ResponseEntity<ApiV1Dtos.Recommendation> create(@RequestBody ApiV1Dtos.NewRecommendation input) {
        ApiV1Dtos.Recommendation created = api.create(input);
        return ResponseEntity.created(URI.create("/api/v1/recommendations/" + created.id())).body(created);
    }
}
