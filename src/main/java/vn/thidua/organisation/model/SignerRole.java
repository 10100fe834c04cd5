package vn.thidua.organisation.model;

public enum SignerRole { DIRECTOR, DEPUTY_DIRECTOR }
