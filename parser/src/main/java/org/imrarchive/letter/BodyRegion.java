package org.imrarchive.letter;

public enum BodyRegion {
    LUMBAR_SPINE,
    CERVICAL_SPINE,
    THORACIC_SPINE,
    SHOULDER,
    KNEE,
    HIP,
    HAND_WRIST,
    ELBOW,
    FOOT_ANKLE,
    HEAD,
    MULTIPLE,
    NONE
}
