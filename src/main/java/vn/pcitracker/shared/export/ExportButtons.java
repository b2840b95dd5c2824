package vn.pcitracker.shared.export;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * "Xuất Excel" and "Xuất CSV": two download links that look like buttons. Each file is written when clicked, so
 * it holds the list as filtered at that moment.
 */
public class ExportButtons extends HorizontalLayout {

    private static final String KEY = "export.ExportButtons.";

    /** @param baseName the file name without extension, e.g. {@code kien-nghi} */
    public ExportButtons(String baseName, ExportDownload.ExportWriter writer) {
        add(link(ExportFormat.XLSX, VaadinIcon.FILE_TABLE, baseName, writer),
                link(ExportFormat.CSV, VaadinIcon.FILE_TEXT_O, baseName, writer));
        setSpacing(true);
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        addClassName("export-buttons");
    }

    private Anchor link(ExportFormat format, VaadinIcon icon, String baseName, ExportDownload.ExportWriter writer) {
        Anchor anchor = new Anchor(ExportDownload.handler(format, baseName, writer), "");
        Button button = new Button(getTranslation(KEY + format.extension()), icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(getTranslation(KEY + format.extension() + "Hint"));
        anchor.add(button);
        anchor.addClassName("export-" + format.extension());
        return anchor;
    }
}
