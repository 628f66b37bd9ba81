import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Partner } from '../partners/partner.entity.js';
import { PlanActivity } from './plan-activity.entity.js';

/** A short story of the plan's work, linked to the activities and partners it is about. */
@Entity('case_studies')
export class CaseStudy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  story: string;

  @ManyToMany(() => PlanActivity)
  @JoinTable({ name: 'case_study_activities', joinColumn: { name: 'case_study_id' }, inverseJoinColumn: { name: 'activity_id' } })
  activities: Relation<PlanActivity>[];

  @ManyToMany(() => Partner)
  @JoinTable({ name: 'case_study_partners', joinColumn: { name: 'case_study_id' }, inverseJoinColumn: { name: 'partner_id' } })
  partners: Relation<Partner>[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
