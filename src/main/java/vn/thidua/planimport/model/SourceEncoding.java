package vn.thidua.planimport.model;

/** How the Vietnamese letters of a document were written: Unicode, or one of the old 8-bit font encodings. */
public enum SourceEncoding { UNICODE, TCVN3, VNI }
