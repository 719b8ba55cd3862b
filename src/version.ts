/** The action's version, written into the artifact manifest (a test keeps it equal to package.json). */
export const ACTION_VERSION = '0.1.0';
