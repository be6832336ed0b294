import type { TopicSpec } from "../../core/correspondence/types";
import { LILUN_XUEXI } from "./lilun-xuexi";
import { LIXIANG_XINNIAN } from "./lixiang-xinnian";
import { ZHENGZHI } from "./zhengzhi";
import { DANGXING } from "./dangxing";
import { ZONGZHI } from "./zongzhi";
import { DANDANG } from "./dandang";
import { XIANFENG_MOFAN } from "./xianfeng-mofan";
import { NENGLI_BENLING } from "./nengli-benling";
import { ZHENGJIGUAN } from "./zhengjiguan";
import { ZUOFENG } from "./zuofeng";
import { DIAOCHA_YANJIU } from "./diaocha-yanjiu";
import { LIANJIE_ZILV } from "./lianjie-zilv";
import { JILV_GUIJU } from "./jilv-guiju";
import { GUANDANG_ZHIDANG } from "./guandang-zhidang";
import { ZUZHI_SHENGHUO } from "./zuzhi-shenghuo";
import { YISHI_XINGTAI } from "./yishi-xingtai";
import { XUANREN_YONGREN } from "./xuanren-yongren";
import { XUNSHI_ZHENGGAI } from "./xunshi-zhenggai";
import { ANQUAN_FENGXIAN } from "./anquan-fengxian";

/*
 * Topics that problems, causes and measures are about (shared/domain/README.md §4), for the
 * correspondence (src/core/correspondence/). One file per topic, named by its id; the terms are
 * written for this project from the genre's vocabulary. The ids are those of the phrase library's
 * topics (src/data/phrases/topics.ts) where the two meet; three are finer here: 先锋模范作用
 * (xianfeng-mofan; the library's dandang), 纪律规矩 (jilv-guiju; its lianjie-zilv) and 政绩观
 * (zhengjiguan; its dandang and zuofeng).
 *
 * How the data is read: a group's text is scanned once for all terms together, the longest term
 * at each place winning (党性修养 before 党性, 政治纪律 before 纪律); a topic's score is the sum of
 * the weights of its terms found (words of the group's heading count double, a term at most three
 * times). Weights, as a rough scale: 5 names the topic (理论学习, 宗旨意识); 4 a phrase only this
 * topic uses (第一议题, 两个维护); 3 a usual word of the topic (调研, 廉政); 2 a word it shares
 * with others now and then; 1 a hint that counts only with others (学习, 群众).
 *
 * `related` joins topics that partly answer each other (调查研究 and 宗旨意识); `explains`, on the
 * roots that causes name, the problem topics such a cause explains (理想信念 → 理论学习, 政治站位 …).
 */
export const TOPICS: readonly TopicSpec[] = [
  LILUN_XUEXI,
  LIXIANG_XINNIAN,
  ZHENGZHI,
  DANGXING,
  ZONGZHI,
  DANDANG,
  XIANFENG_MOFAN,
  NENGLI_BENLING,
  ZHENGJIGUAN,
  ZUOFENG,
  DIAOCHA_YANJIU,
  LIANJIE_ZILV,
  JILV_GUIJU,
  GUANDANG_ZHIDANG,
  ZUZHI_SHENGHUO,
  YISHI_XINGTAI,
  XUANREN_YONGREN,
  XUNSHI_ZHENGGAI,
  ANQUAN_FENGXIAN,
];

/** The topic with this id, if any. */
export function findTopic(id: string): TopicSpec | undefined {
  return TOPICS.find((t) => t.id === id);
}
