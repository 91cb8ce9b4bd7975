/** Catura's tickets shown as iDempiere requests (R_Request). */
package org.catura.idempiere.request;
