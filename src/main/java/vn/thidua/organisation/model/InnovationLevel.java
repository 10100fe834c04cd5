package vn.thidua.organisation.model;

public enum InnovationLevel { BASE, PROVINCE, NATIONAL }
