package org.imrarchive.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The search text is read as the catalog reads a requested item; text naming no procedure lifts nothing. */
class ProcedureBoostTest {

    private final ProcedureBoost boost = new ProcedureBoost();

    @Test
    void brandNamesAbbreviationsAndProcedureWordsNameTheirProcedure() {
        assertThat(boost.procedureNamedBy("norco")).contains("Hydrocodone/Acetaminophen");
        assertThat(boost.procedureNamedBy("ESI")).contains("Epidural Steroid Injection");
        assertThat(boost.procedureNamedBy("lumbar discogram")).contains("Discography");
        assertThat(boost.procedureNamedBy("norco weaning")).contains("Hydrocodone/Acetaminophen");
    }

    @Test
    void textNamingNoProcedureLiftsNothing() {
        assertThat(boost.procedureNamedBy("radiculopathy")).isEmpty();
        assertThat(boost.procedureNamedBy("functional improvement")).isEmpty();
    }
}
