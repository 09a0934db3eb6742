/** The URL the data source actually uses (the embedded server's, in embedded mode). */
export const DATABASE_URL = Symbol('DATABASE_URL');
