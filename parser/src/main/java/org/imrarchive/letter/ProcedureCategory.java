package org.imrarchive.letter;

public enum ProcedureCategory {
    MEDICATION,
    PHYSICAL_THERAPY,
    CHIROPRACTIC,
    ACUPUNCTURE,
    INJECTION,
    SURGERY,
    DIAGNOSTIC_IMAGING,
    DIAGNOSTIC_TESTING,
    DURABLE_MEDICAL_EQUIPMENT,
    OFFICE_VISIT_CONSULT,
    PSYCHOLOGICAL,
    /** Functional restoration, work hardening, weight loss, detox. */
    PROGRAM,
    HOME_HEALTH,
    OTHER
}
