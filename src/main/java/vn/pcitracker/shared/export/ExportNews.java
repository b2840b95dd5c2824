package vn.pcitracker.shared.export;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes {@link TableExported} for {@link ExportDownload}, whose handlers are built outside Spring. */
@Component
class ExportNews {

    private final ApplicationEventPublisher publisher;

    ExportNews(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void exported(String fileName, ExportFormat format) {
        publisher.publishEvent(new TableExported(fileName, format));
    }
}
