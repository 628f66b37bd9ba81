import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUrl, Matches, MaxLength, MinLength } from 'class-validator';
import { DOCUMENT_KINDS, type AgreementDocument, type DocumentKind } from '../documents/agreement-document.entity.js';

export class UploadDocumentQuery {
  @ApiProperty({ example: 'signed-mou.pdf', maxLength: 1000, description: 'The file\'s name; paths and unsafe characters are removed.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  fileName: string;
}

export class AddDocumentLinkDto {
  @ApiProperty({ example: 'Signed covenant (SharePoint)', maxLength: 255 })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @ApiProperty({ example: 'https://sharepoint.example.org/sites/partnerships/covenant.pdf', maxLength: 2000 })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url: string;
}

export class AgreementDocumentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind: DocumentKind;
  @ApiProperty({ description: 'Files: the sanitised file name. Links: the title.' }) name: string;
  @ApiProperty({ type: String, nullable: true }) mediaType: string | null;
  @ApiProperty({ type: Number, nullable: true }) sizeBytes: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Hex SHA-256 of the file.' }) sha256: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Links: where the document is.' }) url: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Files: where to download it.' }) downloadPath: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) uploadedBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toAgreementDocumentResponse(document: AgreementDocument): AgreementDocumentResponse {
  const isFile = document.kind === 'file';
  return {
    id: document.id,
    kind: document.kind,
    name: document.name,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    sha256: document.sha256,
    url: document.url,
    downloadPath: isFile ? `/api/v1/agreements/${document.agreementId}/documents/${document.id}/content` : null,
    uploadedBy: document.uploadedBy,
    createdAt: document.createdAt.toISOString(),
  };
}
