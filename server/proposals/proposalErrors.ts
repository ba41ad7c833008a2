import type { PlaceProblem } from '@common/validation'
import type { ProposalConflictView, ProposalProblemsView, WorkingPlaceView } from '@common/volunteer/api'
import { ApiError, type ErrorBody } from '../http/errors'

/** 400: the shared rules refuse the place; every problem with its field. Nothing was stored. */
export class PlaceProblemsError extends ApiError {
  constructor(readonly problems: PlaceProblem[]) {
    super(400, 'invalid_place', {
      th: `ข้อมูลสถานที่มีปัญหา ${problems.length} ข้อ: แก้ตามที่บอกไว้ที่แต่ละช่องแล้วส่งใหม่`,
      en: `The place has ${problems.length} problem${problems.length === 1 ? '' : 's'}: fix each as its field says and send again.`,
    })
  }

  override get body(): ProposalProblemsView {
    return { code: 'invalid_place', message: this.text, problems: this.problems }
  }
}

/** 409: the place changed since the volunteer loaded it; the answer holds the current version. */
export class PlaceConflictError extends ApiError {
  constructor(readonly current: WorkingPlaceView) {
    super(409, 'conflict', {
      th: 'สถานที่นี้ถูกแก้ไขไปแล้วหลังจากที่คุณเปิดดู: ดูฉบับล่าสุด เลือกว่าจะเก็บค่าไหน แล้วส่งใหม่',
      en: 'This place was changed after you loaded it: look at the current version, choose what to keep, and send again.',
    })
  }

  override get body(): ProposalConflictView & ErrorBody {
    return { code: 'conflict', message: this.text, current: this.current }
  }
}

/** The review's other refusals: stable codes, and what to do in Thai and English. */
export const proposalErrors = {
  placeNotFound: () =>
    new ApiError(404, 'place_not_found', {
      th: 'ไม่พบสถานที่นี้ในข้อมูล (อาจถูกลบไปแล้ว): โหลดรายการสถานที่ใหม่',
      en: 'This place is not in the data (it may have been removed): reload the list of places.',
    }),
  proposalNotFound: () => new ApiError(404, 'proposal_not_found', { th: 'ไม่พบข้อเสนอนี้', en: 'There is no such proposal.' }),
  alreadyDecided: () =>
    new ApiError(409, 'proposal_decided', {
      th: 'ข้อเสนอนี้มีผู้ตัดสินแล้ว: โหลดรายการใหม่',
      en: 'This proposal has already been decided: reload the list.',
    }),
  ownProposal: () =>
    new ApiError(403, 'own_proposal', {
      th: 'คุณเป็นผู้เสนอเอง จึงอนุมัติหรือปฏิเสธไม่ได้: ทุกการแก้ไขต้องมีคนที่สองตรวจ ขอให้ผู้ประสานงานคนอื่นตัดสิน',
      en: 'You proposed this yourself, so you cannot decide it: every change is checked by a second person. Ask another coordinator.',
    }),
  confirmationRequired: () =>
    new ApiError(400, 'confirmation_required', {
      th: 'ข้อเสนอนี้ลบสถานที่หรือแก้บ้านพักปลอดภัย บ้านพักฉุกเฉิน หรือชุมชน: ตรวจอีกครั้งแล้วยืนยันว่าจะอนุมัติ',
      en: 'This proposal removes a place or changes a safe house, shelter or community: check it again and confirm the approval.',
    }),
  reasonRequired: () =>
    new ApiError(400, 'reason_required', {
      th: 'ใส่เหตุผลที่ไม่อนุมัติ (1–500 ตัวอักษร) อาสาสมัครจะเห็นเหตุผลนี้',
      en: 'Give the reason for rejecting (1–500 characters); the volunteer will see it.',
    }),
  duplicateFacts: () =>
    new ApiError(400, 'invalid_check', {
      th: 'การตรวจต้องมีคำตอบอย่างน้อยหนึ่งข้อ และตอบแต่ละเรื่องครั้งเดียว',
      en: 'A check needs at least one answer, and one answer per fact.',
    }),
  statusNeedsCoordinator: () =>
    new ApiError(403, 'forbidden', {
      th: 'เฉพาะผู้ประสานงานดูคิวข้อเสนอได้: ดูข้อเสนอของคุณเองด้วย ?mine=1',
      en: 'Only coordinators see the review queue: see your own proposals with ?mine=1.',
    }),
}
