import type { ManifestFacts } from '../scorm/manifest-facts.ts';

/**
 * SCORM 1.2 in the manifest: namespaces, schema version, schema files and how a pass mark would be
 * written (types and sources: `exports/scorm/manifest-facts.ts`). Build only.
 */
export const scorm12ManifestFacts: ManifestFacts = {
	label: 'SCORM 1.2',
	// spec: 1.2 CAM (IMS CP 1.1.2 + ADL extensions); brief §1; targetNamespace of each XSD.
	namespaces: [
		{
			prefix: '',
			uri: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
			schemaFile: 'imscp_rootv1p1p2.xsd',
			isDeclared: true,
		},
		{
			prefix: 'adlcp',
			uri: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
			schemaFile: 'adlcp_rootv1p2.xsd',
			isDeclared: true,
		},
		// Inline IMS metadata: allowed; its XSD ships, so we bind it and name it like ADL's samples.
		{
			prefix: 'imsmd',
			uri: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
			schemaFile: 'imsmd_rootv1p2p1.xsd',
			isDeclared: true,
		},
	],
	// spec: 1.2 CAM, <metadata><schemaversion>; brief §1.
	schemaVersion: '1.2',
	// spec: adlcp_rootv1p2.xsd declares attribute "scormtype" (all lower case), values sco|asset.
	scormTypeAttribute: 'scormtype',
	schemaFolder: 'scorm12',
	// spec: shared/schemas/README.md "Which files go inside a package"; brief §1 "Root".
	schemaFiles: [
		'imscp_rootv1p1p2.xsd',
		'adlcp_rootv1p2.xsd',
		'imsmd_rootv1p2p1.xsd',
		'ims_xml.xsd',
	],
	validationDriver: 'scorm12_validate.xsd',
	// spec: shared/schemas/README.md "Expected noise for 1.2" (ADL's ims_xml.xsd binds the xml
	// namespace as default; libxml2 reports it and carries on).
	xsdNoise: ['namespace error : xml namespace URI cannot be the default namespace'],
	// spec: 1.2 CAM <adlcp:masteryscore> on <item> (adlcp_rootv1p2.xsd only limits its length
	// to 200); RTE 3.4.4 cmi.student_data.mastery_score is a CMIDecimal 0–100 the LMS may
	// compare with cmi.core.score.raw to set passed/failed.
	mastery: {
		namespace: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
		element: 'masteryscore',
		passMarkDivisor: 1,
		min: 0,
		max: 100,
		cmiPath: 'cmi.student_data.mastery_score',
	},
};
