package org.imrarchive.letter;

/**
 * UPHELD: the utilization-review denial stands (the item is not medically necessary).
 * OVERTURNED: the denial is reversed (the item is medically necessary).
 */
public enum Outcome {
    UPHELD,
    OVERTURNED
}
