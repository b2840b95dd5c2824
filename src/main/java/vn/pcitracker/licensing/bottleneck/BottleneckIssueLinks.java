package vn.pcitracker.licensing.bottleneck;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.pcitracker.issue.IssueDetails;
import vn.pcitracker.issue.IssueRelatedRecords;

/**
 * The "related bottlenecks" section of a recommendation's page: the bottlenecks it is linked to, and for those
 * who may manage bottlenecks, turning it into a new one or attaching it to an existing one.
 */
@Component
class BottleneckIssueLinks implements IssueRelatedRecords {

    /** Routes of the bottleneck views (the views live in the ui package, which this class may not reach). */
    static final String REGISTER = "bottlenecks";
    static final String PAGE = "bottlenecks/";
    static final String NEW = "bottlenecks/new";
    static final String ISSUE_PARAMETER = "issue";
    static final String ATTACH_PARAMETER = "attach";

    private final BottleneckService bottlenecks;

    BottleneckIssueLinks(BottleneckService bottlenecks) {
        this.bottlenecks = bottlenecks;
    }

    @Override
    public String sectionTitleKey() {
        return "licensing.BottleneckIssueLinks.section";
    }

    @Override
    public List<Link> related(IssueDetails issue) {
        return bottlenecks.linkedToIssue(issue.id()).stream()
                .map(b -> new Link(b.code() + " · " + b.title(), PAGE + b.id())).toList();
    }

    @Override
    public List<Link> actions(IssueDetails issue) {
        if (!bottlenecks.mayCreate()) {
            return List.of();
        }
        String code = URLEncoder.encode(issue.code(), StandardCharsets.UTF_8);
        return List.of(new Link("licensing.BottleneckIssueLinks.turnInto", NEW + "?" + ISSUE_PARAMETER + "=" + code),
                new Link("licensing.BottleneckIssueLinks.attach", REGISTER + "?" + ATTACH_PARAMETER + "=" + code));
    }
}
