/** The catura command line and the glue that runs it inside the framework. */
package org.catura.runtime.internal;
