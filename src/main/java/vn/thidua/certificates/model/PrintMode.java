package vn.thidua.certificates.model;

/**
 * How certificates are printed: the whole sheet on plain paper with a border, only the variable lines onto the
 * pre-printed blanks, or a test page on plain paper with a light frame round each line to hold against a blank.
 */
public enum PrintMode { FULL_PAGE, ON_BLANK, TEST_PAGE }
