/**
 * Stand-in for iDempiere's model package: exported by org.adempiere.base and, split, by
 * org.adempiere.base.callout. The classes the adapter calls once the database is open are not
 * here: the launch test keeps the database closed.
 */
package org.compiere.model;
