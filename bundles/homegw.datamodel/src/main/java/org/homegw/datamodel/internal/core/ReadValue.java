package org.homegw.datamodel.internal.core;

import org.homegw.datamodel.internal.provider.ProviderRegistration;

/**
 * A value as a provider answered it (canonical, not yet masked), with the provider that answered;
 * {@code owner} is null for a value the registry computes itself (a table's NumberOfEntries).
 */
record ReadValue(String value, ProviderRegistration owner) {
}
