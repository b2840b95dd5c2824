package vn.pcitracker.notification.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.pcitracker.notification.NotificationKind;

public interface NotificationTemplateRepository extends JpaRepository<NotificationTemplate, Long> {

    Optional<NotificationTemplate> findByKindAndLanguage(NotificationKind kind, String language);

    List<NotificationTemplate> findByOrderByKindAscLanguageDesc();
}
