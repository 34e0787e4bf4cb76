package org.imrarchive.analytics;

import static org.imrarchive.analytics.Dimension.Use.FACET;
import static org.imrarchive.analytics.Dimension.Use.FILTER;
import static org.imrarchive.analytics.Dimension.Use.GROUP;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.DmhcCaseType;
import org.imrarchive.letter.GuidelineSource;
import org.imrarchive.letter.ImrType;
import org.imrarchive.letter.Outcome;
import org.imrarchive.letter.ProcedureCategory;

/**
 * The archive's one vocabulary of what decisions are selected, counted and grouped by: each dimension is
 * one keyword or integer field of the decisions index. Constants are spelled as the API spells them on
 * purpose: {@link #name()} is the request parameter, the value of {@code ?by=}, {@code rows}, {@code cols} and
 * {@code imr stats --by}, the key of a search's facets and the CSV header, so there is one spelling everywhere.
 *
 * <p><b>Adding a dimension is one change:</b> add a constant here, giving its label, the decisions-index field
 * (which must exist in {@code mappings/.../decisions-index.json}: {@code DimensionTest} checks), a sentence for
 * the API documentation, its {@link Values} and its {@link Use uses}. Values are a closed list (a Java enum, whose
 * constants read as words unless a label is passed: {@link Values#of}; or fixed codes with labels:
 * {@link Values#codes}), free names ({@link Values#names}) or whole numbers ({@link Values#integers}, which facet and
 * group like {@link #year}). If the list is a new enum, adding that enum is the only other edit. Nothing else is edited:
 * {@link DecisionFilter} reads and applies it as a filter, search counts it as a facet, {@link UpholdRates} and
 * the CSV group by it, {@code imr stats} lists it, {@code GET /api/dimensions} publishes it (the UI builds its
 * filter panels, group-by choices and value labels from that) and {@code /openapi.json} generates its parameter.
 * A filter by a span of values (two bounds, such as {@code ageMin}/{@code ageMax}) is a constant of {@link Range}.
 */
public enum Dimension {
    outcome("Outcome", "outcome", "UPHELD (the denial stands) or OVERTURNED (the denial is reversed).",
            Values.of(Outcome.class, Map.of()), FILTER, FACET),
    procedure("Procedure", "procedure.name", "Normalised procedure name, e.g. Discography.",
            Values.namesWithCommas(), FILTER, FACET, GROUP),
    category("Category", "procedure.category", "Category of the procedure.",
            Values.of(ProcedureCategory.class, Map.of(ProcedureCategory.OFFICE_VISIT_CONSULT, "Office visit / consult")),
            FILTER, FACET, GROUP),
    bodyRegion("Body region", "procedure.bodyRegion", "Body region the procedure treats.",
            Values.of(BodyRegion.class, Map.of(BodyRegion.HAND_WRIST, "Hand / wrist", BodyRegion.FOOT_ANKLE, "Foot / ankle")),
            FILTER, FACET, GROUP),
    /** Multi-valued: a decision citing several guideline sources counts once in each of them. */
    guideline("Guideline", "guidelineSources", "Guideline source the decision cites.",
            Values.of(GuidelineSource.class, Map.of(
                    GuidelineSource.MTUS_ACOEM, "MTUS ACOEM",
                    GuidelineSource.MTUS_CHRONIC_PAIN, "MTUS Chronic Pain",
                    GuidelineSource.MTUS_POSTSURGICAL, "MTUS Postsurgical",
                    GuidelineSource.MTUS_OTHER, "MTUS (other)",
                    GuidelineSource.ODG, "ODG",
                    GuidelineSource.ACOEM_NON_MTUS, "ACOEM (non-MTUS)")),
            FILTER, FACET, GROUP),
    specialty("Reviewer specialty", "specialty", "Reviewer specialty (canonical name).",
            Values.names(), FILTER, FACET, GROUP),
    year("Year", "year", "Year of the decision (a DMHC row: its report year).",
            Values.years(), FILTER, FACET, GROUP),
    source("Source", "source", "Program: CA_DWC_IMR letters or DMHC_IMR rows.",
            Values.codes("CA_DWC_IMR", "California DWC IMR letters", "DMHC_IMR", "California DMHC IMR"),
            FILTER, FACET, GROUP),
    caseType("DMHC case type", "dmhc.caseType", "Why the health plan denied the service (a DMHC row's Type).",
            Values.of(DmhcCaseType.class, Map.of(
                    DmhcCaseType.EXPERIMENTAL_INVESTIGATIONAL, "Experimental / investigational",
                    DmhcCaseType.OTHER, "Other (see the row's warning)")),
            FILTER, FACET, GROUP),
    imrType("IMR type", "dmhc.imrType", "Standard or expedited review (a DMHC row's IMRType).",
            Values.of(ImrType.class, Map.of(ImrType.OTHER, "Other (see the row's warning)")), FILTER, FACET, GROUP),
    ageRange("Age range", "dmhc.ageRange", "The patient's age range as a DMHC row gives it, e.g. 41-50 or 65+.",
            Values.names(), FILTER, FACET, GROUP),
    diagnosisCategory("Diagnosis category", "dmhc.diagnosisCategory", "A DMHC row's diagnosis category.",
            Values.namesWithCommas(), FILTER, FACET, GROUP),
    diagnosisSubCategory("Diagnosis subcategory", "dmhc.diagnosisSubCategory",
            "A DMHC row's diagnosis subcategory.", Values.namesWithCommas(), FILTER, GROUP),
    treatmentCategory("Treatment category (DMHC)", "dmhc.treatmentCategory",
            "A DMHC row's own treatment category (the archive's procedure category is `category`).",
            Values.namesWithCommas(), FILTER, FACET, GROUP),
    treatmentSubCategory("Treatment subcategory (DMHC)", "dmhc.treatmentSubCategory",
            "A DMHC row's own treatment subcategory.", Values.namesWithCommas(), FILTER, GROUP),
    /** Also a {@link Range} (reviewDaysMin/reviewDaysMax): grouping gives one rate per number of days. */
    daysToReview("Days to review", "dmhc.daysToReview", "Days the DMHC review took (a DMHC row's DaysToReview).",
            Values.integers(0, 3650), GROUP),
    daysToAdopt("Days to adopt", "dmhc.daysToAdopt", "Days until the DMHC adopted the decision (DaysToAdopt).",
            Values.integers(0, 3650), GROUP);

    /** What a dimension is used for. */
    public enum Use {
        /** A request parameter selects decisions with any of the given values. */
        FILTER,
        /** Search counts the decisions of each value. */
        FACET,
        /** Uphold rates can be grouped by it ({@code ?by=}). Not outcome: a rate per outcome says nothing. */
        GROUP
    }

    private final String label;
    private final String field;
    private final String description;
    private final Values values;
    private final Set<Use> uses;

    Dimension(String label, String field, String description, Values values, Use... uses) {
        this.label = label;
        this.field = field;
        this.description = description;
        this.values = values;
        this.uses = Set.copyOf(EnumSet.copyOf(Arrays.asList(uses)));
    }

    /** What a person calls it ("Reviewer specialty"). */
    public String label() {
        return label;
    }

    /** The keyword or integer field of the decisions index that is filtered, counted and grouped. */
    public String field() {
        return field;
    }

    /** A sentence for the API documentation, naming no index field. */
    public String description() {
        return description;
    }

    /** What values it takes, how requests spell them and how they read. */
    public Values valueSet() {
        return values;
    }

    public boolean filters() {
        return uses.contains(FILTER);
    }

    public boolean facets() {
        return uses.contains(FACET);
    }

    public boolean groups() {
        return uses.contains(GROUP);
    }

    /** How a bucket or a selected value reads ("LUMBAR_SPINE" → "Lumbar spine"; a procedure name as it is). */
    public String label(String value) {
        return values.label(value);
    }

    public static List<Dimension> filtering() {
        return Arrays.stream(values()).filter(Dimension::filters).toList();
    }

    public static List<Dimension> faceting() {
        return Arrays.stream(values()).filter(Dimension::facets).toList();
    }

    public static List<Dimension> groupings() {
        return Arrays.stream(values()).filter(Dimension::groups).toList();
    }

    /**
     * The grouping a request parameter names ({@code by=bodyRegion}); case-sensitive names would only produce
     * support questions, so it ignores case.
     *
     * @throws IllegalArgumentException naming the groupings there are
     */
    public static Dimension grouping(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a grouping is required: one of " + groupingNames());
        }
        return groupings().stream()
                .filter(d -> d.name().equalsIgnoreCase(value.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot group by '" + shorten(value) + "': use one of " + groupingNames()));
    }

    private static String groupingNames() {
        return groupings().stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Keeps echoed input short in messages. */
    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
