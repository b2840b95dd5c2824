package vn.pcitracker.api.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/** The title of the OpenAPI description ({@code /v3/api-docs}) and of its browsable page. */
@Configuration
@OpenAPIDefinition(info = @Info(title = "PCI Tracker partner API", version = "v1",
        description = "Open311 GeoReport v2 at /open311/v2 (public reads; filing needs api_key) and the product API at "
                + "/api/v1 (every call needs the X-API-Key header). Keys are issued by an administrator."))
class ApiDocumentation {
}
