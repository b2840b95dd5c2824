package vn.pcitracker.notification;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pcitracker.notification.domain.NotificationTemplate;
import vn.pcitracker.notification.domain.NotificationTemplateRepository;
import vn.pcitracker.shared.RecordNotFoundException;
import vn.pcitracker.shared.Role;
import vn.pcitracker.shared.Violations;

/**
 * The texts of notifications and mails, per kind and language, edited by administrators. A placeholder the kind
 * does not fill ({@code {deadline}} in an answer, a typo like {@code {titel}}) is refused with key
 * {@code notification.NotificationTemplateService.unknownPlaceholder} (arg: the unknown names).
 */
@Service
@PreAuthorize(Role.Names.HAS_ADMIN)
public class NotificationTemplateService {

    private static final String KEY = "notification.NotificationTemplateService.";

    private final NotificationTemplateRepository templates;

    NotificationTemplateService(NotificationTemplateRepository templates) {
        this.templates = templates;
    }

    @Transactional(readOnly = true)
    public List<TemplateSummary> templates() {
        return templates.findByOrderByKindAscLanguageDesc().stream().map(NotificationTemplate::toSummary).toList();
    }

    @Transactional
    public TemplateSummary update(long id, String subject, String body, long expectedVersion) {
        NotificationTemplate template = templates.findById(id).orElseThrow(() -> new RecordNotFoundException("template", id));
        if (template.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Template " + id + " was changed by someone else");
        }
        String cleanSubject = Violations.clean(subject);
        String cleanBody = body == null || body.isBlank() ? null : body.strip();
        Set<String> unknownInSubject = Templates.unknownPlaceholders(template.getKind(), cleanSubject);
        Set<String> unknownInBody = Templates.unknownPlaceholders(template.getKind(), cleanBody);
        new Violations()
                .require("subject", cleanSubject).maxLength("subject", cleanSubject, NotificationTemplate.SUBJECT_MAX)
                .require("body", cleanBody).maxLength("body", cleanBody, NotificationTemplate.BODY_MAX)
                .check(unknownInSubject.isEmpty(), "subject", KEY + "unknownPlaceholder", names(unknownInSubject))
                .check(unknownInBody.isEmpty(), "body", KEY + "unknownPlaceholder", names(unknownInBody))
                .throwIfAny();
        template.edit(cleanSubject, cleanBody);
        return templates.saveAndFlush(template).toSummary();
    }

    private static String names(Set<String> names) {
        return String.join(", ", new TreeSet<>(names).stream().map(name -> "{" + name + "}").toList());
    }
}
