/**
 * What the standalone runtime needs of the embedded ERP beyond the ERP port: master data
 * (products, warehouses, stock, taxes, charges, currencies) and the demo catalogue.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.catura.erp.embedded.api;
