package vn.pcitracker.licensing.bottleneck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.pcitracker.referencedata.ReferenceDataService;
import vn.pcitracker.security.TestLogins;

/** Demo mode brings a year of bottlenecks in several states, moved by the demo users, one turned from a recommendation. */
@SpringBootTest
class DemoBottleneckDataTest {

    @Autowired ApplicationContext context;
    @Autowired BottleneckService bottlenecks;
    @Autowired ReferenceDataService referenceData;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        TestLogins.signIn(context, "investment");
    }

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void theDemoYearCoversEveryStateAndIsMarkedSynthetic() {
        Map<String, Long> byState = jdbc.queryForList("select state from bottleneck where synthetic", String.class).stream()
                .collect(Collectors.groupingBy(state -> state, Collectors.counting()));

        assertThat(byState.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
        assertThat(byState.keySet()).containsExactlyInAnyOrder("IDENTIFIED", "ANALYSING", "FIX_PROPOSED", "APPROVED",
                "IMPLEMENTED", "VERIFIED", "DROPPED");
        assertThat(jdbc.queryForList("select distinct extract(year from identified_on)::int from bottleneck where synthetic",
                Integer.class)).containsExactly(2026);
    }

    @Test
    void theConstructionPermitBottleneckWasTurnedFromTheDemoRecommendationAndVerifiedByTheDemoUsers() {
        long id = jdbc.queryForObject("select id from bottleneck where synthetic and title like 'Cấp phép xây dựng nhà xưởng%'",
                Long.class);
        BottleneckDetails b = bottlenecks.find(id).orElseThrow();

        assertThat(b.state()).isEqualTo(BottleneckState.VERIFIED);
        assertThat(b.issues()).extracting(LinkedIssue::title).containsExactly("Chậm cấp giấy phép xây dựng nhà xưởng trong cụm công nghiệp");
        assertThat(b.daysSaved()).isEqualByComparingTo("14.5");
        List<String> actors = b.timeline().stream().map(BottleneckTimelineEntry::actorName).distinct().toList();
        assertThat(actors).anyMatch(name -> name.contains("Sở Xây dựng")).anyMatch(name -> name.contains("Sở Tài chính"));
    }

    @Test
    void loadingTheDemoAgainAddsNothing() {
        long before = jdbc.queryForObject("select count(*) from bottleneck", Long.class);
        TestLogins.signIn(context, "admin");

        referenceData.reload();

        assertThat(jdbc.queryForObject("select count(*) from bottleneck", Long.class)).isEqualTo(before);
    }
}
