package vn.pcitracker.api.open311;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The Open311 project's JSON Schemas for GeoReport v2 responses (src/test/resources/open311, see its README). */
final class GeoReportSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private GeoReportSchemas() {
    }

    /** The problems found; empty when {@code json} is valid against {@code open311/georeport-v2/<file>}. */
    static List<String> problems(String file, JsonNode json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:open311/georeport-v2/" + file));
        return schema.validate(json).stream().map(Error::toString).toList();
    }
}
