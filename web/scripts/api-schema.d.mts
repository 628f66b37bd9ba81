export function renderApiSchema(document: object): Promise<string>;
