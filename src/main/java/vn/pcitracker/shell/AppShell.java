package vn.pcitracker.shell;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Theme for the whole application: Lumo plus the product's own styles in {@code frontend/styles/}. */
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles/pci-tracker.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.setPageTitle("PCI Tracker");
    }
}
