package vn.thidua.organisation.model;

public enum CouncilRole { CHAIR, VICE_CHAIR, SECRETARY, MEMBER }
