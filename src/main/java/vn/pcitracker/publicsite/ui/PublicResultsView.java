package vn.pcitracker.publicsite.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.OutputStream;
import java.util.List;
import vn.pcitracker.issue.PublicChoice;
import vn.pcitracker.issue.PublicResultsService;
import vn.pcitracker.issue.PublishedAnswer;
import vn.pcitracker.issue.PublishedAnswerQuery;
import vn.pcitracker.security.LanguageSelection;
import vn.pcitracker.shared.export.ExportButtons;
import vn.pcitracker.shared.export.ExportFormat;

/**
 * The province's answers to businesses, for anyone: search (diacritics ignored), filters by field, agency and
 * year of the answer, figures per agency, and each answer with a link of its own.
 */
@Route(value = "public", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://public-site/public-site.css")
class PublicResultsView extends Main implements HasDynamicTitle {

    static final String KEY = "publicsite.PublicResultsView.";
    static final int PAGE = 200;

    private final PublicResultsService results;
    private final TextField search = new TextField();
    private final ComboBox<PublicChoice> field = new ComboBox<>();
    private final ComboBox<PublicChoice> agency = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final AgencyFiguresPanel figures = new AgencyFiguresPanel();
    private final Paragraph count = new Paragraph();
    private final Div answers = new Div();
    private final PublicAnswerExport export;
    private volatile PublishedAnswerQuery shown;

    PublicResultsView(PublicResultsService results, LanguageSelection languages) {
        this.results = results;
        addClassName("public-page");
        H1 title = new H1(getTranslation(KEY + "title"));
        Paragraph intro = new Paragraph(getTranslation(KEY + "intro"));
        intro.addClassName("public-intro");
        count.addClassName("public-count");
        answers.addClassName("public-answers");
        export = new PublicAnswerExport(this, getLocale());
        Div countBar = new Div(count, new ExportButtons(PublicAnswerExport.FILE_NAME, this::export));
        countBar.addClassName("public-count-bar");
        add(new PublicPageHeader(languages), title, intro, filters(), figures,
                new H2(getTranslation(KEY + "answers")), countBar, answers);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(KEY + "title") + " · PCI Tracker";
    }

    private Div filters() {
        search.setLabel(getTranslation(KEY + "search"));
        search.setPlaceholder(getTranslation(KEY + "searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        choices(field, "field", results.fields());
        choices(agency, "agency", results.agencies());
        year.setLabel(getTranslation(KEY + "year"));
        year.setItems(results.years());
        year.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refresh());
        field.addValueChangeListener(change -> refresh());
        agency.addValueChangeListener(change -> refresh());
        year.addValueChangeListener(change -> refresh());
        Div filters = new Div(search, field, agency, year);
        filters.addClassName("public-filters");
        return filters;
    }

    private void choices(ComboBox<PublicChoice> box, String label, List<PublicChoice> items) {
        box.setLabel(getTranslation(KEY + label));
        box.setItems(items);
        box.setItemLabelGenerator(choice -> choice.name(getLocale()));
        box.setClearButtonVisible(true);
    }

    private PublishedAnswerQuery query() {
        return new PublishedAnswerQuery(search.getValue(), field.getOptionalValue().map(PublicChoice::value).orElse(null),
                agency.getOptionalValue().map(choice -> Long.valueOf(choice.value())).orElse(null), year.getValue(), PAGE);
    }

    /** Writes the list as the export buttons do: the published answers the page shows, as searched and filtered. */
    void export(ExportFormat format, OutputStream out) {
        export.write(format, out, results.answers(shown));
    }

    private void refresh() {
        PublishedAnswerQuery query = query();
        shown = query;
        figures.show(results.figuresByAgency(query));
        List<PublishedAnswer> found = results.answers(query);
        count.setText(getTranslation(found.size() >= PAGE ? KEY + "countCapped" : KEY + "count", found.size()));
        answers.removeAll();
        found.forEach(answer -> answers.add(new AnswerCard(answer, true)));
    }
}
