package org.imrarchive.api.precedent;

import static org.assertj.core.api.Assertions.assertThat;

import org.imrarchive.letter.BodyRegion;
import org.imrarchive.letter.GuidelineSource;
import org.junit.jupiter.api.Test;

class RequestReadingTest {

    static final RequestReading.Readers READERS = RequestReading.Readers.standard();

    static RequestReading read(String item, String guideline) {
        return RequestReading.of(new PrecedentRequest(item, null, guideline, null), READERS);
    }

    @Test
    void aCitationAsTheLetterWordsItNamesItsSource() {
        assertThat(read("Norco 10/325 #90", "MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids").sources())
                .containsExactly(GuidelineSource.MTUS_CHRONIC_PAIN);
        assertThat(read("Norco 10/325 #90", "ODG Pain Chapter").sources()).containsExactly(GuidelineSource.ODG);
        RequestReading lowBack = read("Lumbar MRI", "MTUS Low Back Complaints 2004, Section(s): Special Studies");
        assertThat(lowBack.sources()).containsExactly(GuidelineSource.MTUS_ACOEM);
        assertThat(lowBack.labels()).containsExactly("MTUS ACOEM Ch. 12 Low Back Complaints");
    }

    @Test
    void aBareSourceNameStillCounts() {
        assertThat(read("Norco", "ODG").sources()).containsExactly(GuidelineSource.ODG);
        assertThat(read("Norco", "mtus acoem").sources()).containsExactly(GuidelineSource.MTUS_ACOEM);
        assertThat(read("Norco", "MTUS_CHRONIC_PAIN").sources()).containsExactly(GuidelineSource.MTUS_CHRONIC_PAIN);
        assertThat(read("Norco", null).sources()).isEmpty();
        assertThat(read("Norco", "   ").sources()).isEmpty();
    }

    @Test
    void theItemIsReadWithTheProcedureCatalog() {
        RequestReading discogram = read("Lumbar discogram L4-L5, L5-S1", null);
        assertThat(discogram.procedureName()).isEqualTo("Discography");
        assertThat(discogram.procedure().bodyRegion()).isEqualTo(BodyRegion.LUMBAR_SPINE);
        assertThat(discogram.procedure().levels()).containsExactly("L4-5", "L5-S1");
        // An item the catalog does not know is matched by its words only, never as a procedure name.
        assertThat(read("Something nobody has asked for", null).procedureName()).isNull();
    }
}
