import type { ManifestFacts } from '../scorm/manifest-facts.ts';

/**
 * SCORM 2004 4th Edition in the manifest: namespaces, schema version, schema files and how a pass mark would be
 * written (types and sources: `exports/scorm/manifest-facts.ts`). Build only.
 */
export const scorm2004ManifestFacts: ManifestFacts = {
	label: 'SCORM 2004 4th Edition',
	// spec: 2004 4th Ed CAM §3 (IMS CP 1.1.4 + ADL CP/SEQ/NAV extensions) and §5 (IMS SS);
	// brief §1; targetNamespace of each XSD.
	namespaces: [
		{
			prefix: '',
			uri: 'http://www.imsglobal.org/xsd/imscp_v1p1',
			schemaFile: 'imscp_v1p1.xsd',
			isDeclared: true,
		},
		{
			prefix: 'adlcp',
			uri: 'http://www.adlnet.org/xsd/adlcp_v1p3',
			schemaFile: 'adlcp_v1p3.xsd',
			isDeclared: true,
		},
		{
			prefix: 'adlseq',
			uri: 'http://www.adlnet.org/xsd/adlseq_v1p3',
			schemaFile: 'adlseq_v1p3.xsd',
			isDeclared: true,
		},
		{
			prefix: 'adlnav',
			uri: 'http://www.adlnet.org/xsd/adlnav_v1p3',
			schemaFile: 'adlnav_v1p3.xsd',
			isDeclared: true,
		},
		{
			prefix: 'imsss',
			uri: 'http://www.imsglobal.org/xsd/imsss',
			schemaFile: 'imsss_v1p0.xsd',
			isDeclared: true,
		},
		// Inline LOM metadata: allowed; we do not inline it, so its schemas are not shipped.
		{
			prefix: 'lom',
			uri: 'http://ltsc.ieee.org/xsd/LOM',
			schemaFile: 'lom.xsd',
			isDeclared: false,
		},
	],
	// spec: 2004 4th Ed CAM §3, <metadata><schemaversion> = "2004 4th Edition".
	schemaVersion: '2004 4th Edition',
	// spec: adlcp_v1p3.xsd declares attribute "scormType" (capital T), values sco|asset.
	scormTypeAttribute: 'scormType',
	schemaFolder: 'scorm2004-4th',
	// spec: shared/schemas/README.md "Which files go inside a package" (no LOM: we inline none).
	schemaFiles: [
		'imscp_v1p1.xsd',
		'adlcp_v1p3.xsd',
		'adlseq_v1p3.xsd',
		'adlnav_v1p3.xsd',
		'imsss_v1p0.xsd',
		'imsss_v1p0auxresource.xsd',
		'imsss_v1p0control.xsd',
		'imsss_v1p0delivery.xsd',
		'imsss_v1p0limit.xsd',
		'imsss_v1p0objective.xsd',
		'imsss_v1p0random.xsd',
		'imsss_v1p0rollup.xsd',
		'imsss_v1p0seqrule.xsd',
		'imsss_v1p0util.xsd',
		'xml.xsd',
		'XMLSchema.dtd',
		'datatypes.dtd',
	],
	validationDriver: 'scorm2004_4th_validate.xsd',
	xsdNoise: [],
	// spec: 2004 4th Ed CAM §5 <imsss:primaryObjective satisfiedByMeasure="true"> +
	// <imsss:minNormalizedMeasure> (measureType −1…1); RTE 4.2.19 cmi.scaled_passing_score.
	mastery: {
		namespace: 'http://www.imsglobal.org/xsd/imsss',
		element: 'minNormalizedMeasure',
		passMarkDivisor: 100,
		min: -1,
		max: 1,
		cmiPath: 'cmi.scaled_passing_score',
	},
};
