package vn.pcitracker.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class ImportMappingStoreTest {

    @Autowired ImportMappingStore store;
    @Autowired JdbcTemplate jdbc;

    private final String definition = "test.mapping." + UUID.randomUUID();

    @Test
    @WithMockUser(username = "mapping-tester-a")
    void aMappingIsRememberedByHeaderKeyAndReplacedByTheNextChoice() {
        store.remember(definition, mapping(List.of("Nội dung ngắn", "Ghi chú"), "title", null));
        assertThat(store.remembered(definition)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "noidungngan", "title", "ghichu", ColumnMapping.IGNORED));

        store.remember(definition, mapping(List.of("Ghi chú"), "note"));
        assertThat(store.remembered(definition)).containsEntry("ghichu", "note").containsEntry("noidungngan", "title");
    }

    @Test
    @WithMockUser(username = "mapping-tester-b")
    void eachUserSeesOnlyTheirOwnMappingsOfOneDefinition() {
        jdbc.update("INSERT INTO import_mapping (username, definition_id, source_header, column_id)"
                + " VALUES ('someone-else', ?, 'ma', 'code')", definition);
        store.remember(definition, mapping(List.of("Tên"), "title"));
        assertThat(store.remembered(definition)).containsOnlyKeys("ten");
        assertThat(store.remembered(definition + ".other")).isEmpty();
    }

    @Test
    void nobodyIsRememberedWithoutSigningIn() {
        assertThatThrownBy(() -> store.remembered(definition))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private static ColumnMapping mapping(List<String> headers, String... columnIds) {
        return new ColumnMapping(headers, Arrays.asList(columnIds));
    }
}
