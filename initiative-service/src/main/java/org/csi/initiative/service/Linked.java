package org.csi.initiative.service;

/** The record a reference was added to, and whether it was new (false: it was there, URL and title refreshed). */
public record Linked<T>(T owner, boolean added) {
}
