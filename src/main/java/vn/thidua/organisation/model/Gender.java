package vn.thidua.organisation.model;

public enum Gender { MALE, FEMALE }
