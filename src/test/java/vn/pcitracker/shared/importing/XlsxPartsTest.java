package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploaded workbooks are untrusted: their XML parts must never make the server fetch an external entity (XXE). */
class XlsxPartsTest {

    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void entityServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] dtd = "<!ENTITY stolen \"A1:C9\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aMergedRangeIsFoundByItsRows() {
        assertThat(XlsxParts.mergesTouchRow(bytes("<worksheet><mergeCells><mergeCell ref=\"A2:C3\"/></mergeCells></worksheet>"), 3)).isTrue();
        assertThat(XlsxParts.mergesTouchRow(bytes("<worksheet><mergeCells><mergeCell ref=\"A2:C3\"/></mergeCells></worksheet>"), 4)).isFalse();
    }

    @Test
    void aSheetWithAnExternalDtdNeverMakesTheServerFetchIt() {
        String xml = doctype("worksheet") + "<worksheet><mergeCells><mergeCell ref=\"A2:C3\"/></mergeCells></worksheet>";

        XlsxParts.mergesTouchRow(bytes(xml), 3);

        assertThat(fetches).as("requests the parser made to the entity's server").hasValue(0);
    }

    @Test
    void workbookRelationsWithAnExternalDtdNeverMakeTheServerFetchIt() {
        String relations = doctype("Relationships") + "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

        XlsxParts.sheetPart(Map.of(XlsxPackage.WORKBOOK_RELATIONS, relations.getBytes(StandardCharsets.UTF_8)), "rId1");

        assertThat(fetches).as("requests the parser made to the entity's server").hasValue(0);
    }

    private String doctype(String root) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
        return "<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY % ext SYSTEM \"" + url + "\"> %ext;]>";
    }

    private static ByteArrayInputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
