package org.catura.launch.probe;

import org.adempiere.plugin.utils.Incremental2PackActivator;

/**
 * The activator of the probe bundle: a plugin's activator as iDempiere's plugins write it, so the
 * launch shows the stand-in Incremental2PackActivator finding 2Packs in version order (1.0.10
 * after 1.0.2), the way a Catura bundle with a 2Pack will be checked.
 */
public class TwoPackProbe extends Incremental2PackActivator {
}
