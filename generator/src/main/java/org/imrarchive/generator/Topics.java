package org.imrarchive.generator;

import java.util.List;

/** The rationale texts, one topic per family of treatments. */
final class Topics {
    private Topics() {
    }

    static final Topic OPIOIDS = new Topic(List.of(
            "The guidelines state that opioids may be continued when the patient has returned to work or has improved functioning and pain.",
            "Ongoing management requires documentation of the \"4 A's\" (analgesia, activities of daily living, adverse side effects and aberrant drug-taking behaviors).",
            "The lowest possible dose should be prescribed to improve pain and function, with ongoing review of pain relief, functional status and appropriate medication use.",
            "The guidelines recommend the use of urine drug screening and a signed opioid agreement for patients on long-term therapy.",
            "Opioids should be discontinued if there is no overall improvement in function, unless there are extenuating circumstances.",
            "Dosing should not exceed 120 mg oral morphine equivalents per day except in rare cases with pain management consultation."),
            List.of(
                    "The submitted reports document pain levels that are essentially unchanged, and there is no quantified improvement in function attributable to the medication.",
                    "The patient remains off work and the records do not describe specific activities of daily living made possible by the medication.",
                    "No urine drug screens, CURES report or opioid agreement were provided for review.",
                    "A urine drug screen was inconsistent with the prescribed regimen, and the records do not show that this result was addressed.",
                    "The medication has been prescribed continuously for more than a year without documented objective functional benefit.",
                    "Weaning is recommended per guidelines and should be undertaken under the direction of the treating physician."),
            List.of(
                    "The treating physician documents a reduction of pain from 8/10 to 4/10 with the medication and an improved ability to walk, shop and perform household chores.",
                    "The patient has returned to modified work and reports that the medication allows him or her to complete a full shift.",
                    "Urine drug screens have been consistent, a signed opioid agreement is on file and a CURES report was reviewed.",
                    "There are no reported adverse effects or aberrant behaviors, and the dose is well below 120 mg morphine equivalents per day.",
                    "The records document the required monitoring and a meaningful functional response, which supports continued use at the current dose."));

    static final Topic MUSCLE_RELAXANTS = new Topic(List.of(
            "The guidelines recommend non-sedating muscle relaxants with caution as a second-line option for short-term treatment of acute exacerbations in patients with chronic low back pain.",
            "Efficacy appears to diminish over time, and prolonged use may lead to dependence.",
            "A short course of therapy is recommended; the effect is greatest in the first four days of treatment, suggesting that shorter courses may be better.",
            "In most low back pain cases, muscle relaxants show no benefit beyond NSAIDs in pain and overall improvement."),
            List.of(
                    "This patient has been taking the muscle relaxant daily for more than six months without documentation of an acute exacerbation.",
                    "The quantity requested implies continued long-term use, which is not supported.",
                    "There is no documentation of functional benefit from prior use of this medication.",
                    "The patient is also taking an opioid, and the combination increases the risk of sedation."),
            List.of(
                    "The records document an acute flare of low back pain with palpable paraspinal spasm two weeks before the request.",
                    "The request is for a short course to treat the acute exacerbation, consistent with the guidelines.",
                    "The patient has not taken a muscle relaxant previously and the quantity requested is limited.",
                    "The treating physician plans to discontinue the medication once the spasm resolves."));

    static final Topic SOMA = new Topic(List.of(
            "The guidelines state that carisoprodol is not recommended and is not indicated for long-term use.",
            "Carisoprodol is metabolized to meprobamate, a schedule IV controlled substance, and abuse has been noted for sedative and relaxant effects.",
            "Abuse has also been noted in order to augment or alter the effects of other drugs, including opioids."),
            List.of(
                    "This patient has been prescribed carisoprodol for an extended period in combination with an opioid.",
                    "There is no documentation of an acute exacerbation, and the guidelines do not support this medication.",
                    "No objective functional improvement from this medication is documented.",
                    "A taper should be undertaken to avoid withdrawal symptoms."),
            List.of(
                    "The request is for a brief supply intended to complete a documented taper of the medication.",
                    "The treating physician documents a plan to discontinue the medication after this supply, and a short taper avoids withdrawal."));

    static final Topic TOPICALS = new Topic(List.of(
            "The guidelines state that topical analgesics are largely experimental in use with few randomized controlled trials to determine efficacy or safety.",
            "Any compounded product that contains at least one drug or drug class that is not recommended is not recommended.",
            "There is no evidence for use of any muscle relaxant as a topical product.",
            "Topical analgesics are primarily recommended for neuropathic pain when trials of antidepressants and anticonvulsants have failed.",
            "The only topical NSAID approved by the FDA is diclofenac, and topical NSAIDs have not been evaluated for treatment of the spine, hip or shoulder."),
            List.of(
                    "The product contains ingredients that are not recommended, so the compound as a whole is not recommended.",
                    "There is no documentation of failed trials of first-line oral antidepressants or anticonvulsants.",
                    "The records do not describe a neuropathic pain condition for which a topical agent would be indicated.",
                    "There is no documentation of functional benefit from prior use of the topical product.",
                    "The patient tolerates oral medications, and there is no explanation of why a topical formulation is required."),
            List.of(
                    "The patient has a localized neuropathic pain condition and has failed trials of gabapentin and amitriptyline.",
                    "The records document intolerance of oral NSAIDs and a clear reduction in pain with the topical product.",
                    "The area of application is designated, and the treating physician documents improved sleep and activity tolerance."));

    static final Topic LIDOCAINE = new Topic(List.of(
            "Topical lidocaine may be recommended for localized peripheral pain after there has been evidence of a trial of first-line therapy.",
            "First-line therapy means tricyclic or SNRI antidepressants or an AED such as gabapentin or Lyrica.",
            "The lidocaine patch is not a first-line treatment and is only FDA approved for post-herpetic neuralgia.",
            "It is not recommended for non-neuropathic pain."),
            List.of(
                    "The records describe myofascial and mechanical pain without any neuropathic component.",
                    "No trial of first-line agents is documented.",
                    "There is no documentation of the area to be treated or of the outcome of prior use of the patches."),
            List.of(
                    "The patient has a documented localized neuropathic pain with allodynia in a defined area.",
                    "Trials of gabapentin and nortriptyline failed because of side effects, satisfying the requirement for first-line therapy.",
                    "The treating physician documents a reduction in pain and improved sleep with the patches."));

    static final Topic NSAID_GI = new Topic(List.of(
            "The guidelines recommend a proton pump inhibitor for patients taking NSAIDs who are at intermediate or high risk for gastrointestinal events.",
            "Risk factors include age over 65, a history of peptic ulcer, GI bleeding or perforation, concurrent use of aspirin, corticosteroids or an anticoagulant, or high-dose or multiple NSAIDs.",
            "Long-term proton pump inhibitor use has been shown to increase the risk of hip fracture."),
            List.of(
                    "The patient is under 65 and has no documented history of peptic ulcer, bleeding or perforation.",
                    "There is no documentation of gastrointestinal symptoms or of concurrent aspirin, corticosteroid or anticoagulant use.",
                    "The records do not indicate that the patient is currently taking an NSAID.",
                    "The prophylactic use of this medication is not supported in the absence of risk factors."),
            List.of(
                    "The treating physician documents dyspepsia and epigastric pain while the patient takes naproxen.",
                    "The patient has a remote history of a bleeding gastric ulcer and remains on an NSAID.",
                    "The patient is over 65 and also takes low-dose aspirin, placing him or her at intermediate risk."));

    static final Topic NSAIDS = new Topic(List.of(
            "The guidelines recommend NSAIDs at the lowest dose for the shortest period in patients with moderate to severe pain.",
            "NSAIDs are recommended as an option for short-term symptomatic relief of chronic low back pain.",
            "Acetaminophen may be considered for initial therapy in patients with mild to moderate pain, particularly those with gastrointestinal or renal risk."),
            List.of(
                    "The patient has taken the NSAID continuously for more than a year without documented improvement in pain or function.",
                    "The records note gastrointestinal upset and elevated blood pressure, and there is no laboratory monitoring of renal or hepatic function.",
                    "There is no documentation of the effect of prior use on pain levels or activity."),
            List.of(
                    "The patient reports a reduction in pain and improved ability to work with the NSAID, without adverse effects.",
                    "The records document an acute flare for which a course of an NSAID is appropriate.",
                    "Laboratory monitoring has been normal and the dose is the lowest effective dose."));

    static final Topic ANTIEPILEPTICS = new Topic(List.of(
            "The guidelines recommend antiepilepsy drugs for neuropathic pain, and they are considered a first-line treatment for neuropathic pain.",
            "A good response is defined as a 50% reduction in pain and a moderate response as a 30% reduction.",
            "Continued use should be supported by documentation of pain relief and improvement in function as well as side effects.",
            "There is little evidence to support the use of these medications for non-neuropathic axial back pain."),
            List.of(
                    "The records describe axial pain without radicular symptoms or objective neurologic findings.",
                    "The patient has taken the medication for more than a year and the reports do not quantify pain relief or functional improvement from it.",
                    "Side effects of dizziness and somnolence are documented, and no benefit is described."),
            List.of(
                    "The patient has objective findings of radiculopathy with burning neuropathic pain in a dermatomal distribution.",
                    "The records document improved sleep and walking tolerance with the medication, without adverse effects.",
                    "Pain is reduced by roughly half with the medication, a good response as defined by the guidelines."));

    static final Topic ANTIDEPRESSANTS = new Topic(List.of(
            "The guidelines recommend antidepressants as a first-line option for neuropathic pain and as a possibility for non-neuropathic pain.",
            "Assessment of treatment efficacy should include pain outcomes, evaluation of function, changes in use of other analgesic medication, sleep quality and duration, and psychological assessment."),
            List.of(
                    "The records do not document the effect of the medication on pain, function, sleep or other medication use.",
                    "The patient has taken the medication for many months without any reassessment of its benefit."),
            List.of(
                    "The patient has neuropathic pain with associated depression, and the treating physician documents improved mood, sleep and activity with the medication.",
                    "Use of the antidepressant has allowed a reduction of the opioid dose, which the guidelines support."));

    static final Topic SLEEP = new Topic(List.of(
            "The Official Disability Guidelines state that zolpidem is a short-acting nonbenzodiazepine hypnotic approved for the short-term treatment of insomnia, usually two to six weeks.",
            "Sleeping pills are rarely, if ever, recommended for long-term use, and they can be habit-forming.",
            "Insomnia treatment should be based on the etiology, with a careful evaluation of sleep onset, maintenance, quality and next-day functioning."),
            List.of(
                    "The patient has taken the hypnotic nightly for more than six months.",
                    "There is no evaluation of the nature of the sleep disturbance and no documentation of sleep hygiene measures.",
                    "The records do not document the effect of the medication on sleep or next-day function."),
            List.of(
                    "The request is for a short course during an acute period of insomnia following surgery.",
                    "Sleep hygiene measures have been attempted and the treating physician documents a specific plan to limit use to a few weeks."));

    static final Topic MEDICAL_FOOD = new Topic(List.of(
            "The Official Disability Guidelines state that medical food is not recommended for chronic pain.",
            "A medical food must be formulated for the dietary management of a disease that has distinctive nutritional requirements established by medical evaluation."),
            List.of(
                    "There is no documented nutritional deficiency or disease with distinctive nutritional requirements.",
                    "The records do not describe any benefit from the product."),
            List.of(
                    "The records document a specific nutritional deficiency identified on laboratory testing for which the product is formulated."));

    static final Topic ANTIEMETIC = new Topic(List.of(
            "The Official Disability Guidelines do not recommend antiemetics for nausea and vomiting secondary to chronic opioid use.",
            "Ondansetron is approved for nausea and vomiting associated with chemotherapy, radiation therapy and the postoperative period."),
            List.of(
                    "The medication is prescribed for nausea related to chronic opioid use, which is not an approved indication.",
                    "The patient has not recently undergone surgery or chemotherapy."),
            List.of(
                    "The request is for the immediate postoperative period following a scheduled surgery, an approved indication."));

    static final Topic EPIDURAL = new Topic(List.of(
            "The guidelines recommend epidural steroid injections as an option for the treatment of radicular pain, defined as pain in a dermatomal distribution with corroborative findings of radiculopathy.",
            "Radiculopathy must be documented by physical examination and corroborated by imaging studies and/or electrodiagnostic testing.",
            "The patient must have been initially unresponsive to conservative treatment such as exercises, physical methods, NSAIDs and muscle relaxants.",
            "In the therapeutic phase, repeat blocks should be based on continued objective documented pain and functional improvement, including at least 50% pain relief with associated reduction of medication use for six to eight weeks.",
            "No more than two nerve root levels should be injected using transforaminal blocks, and injections should be performed using fluoroscopy for guidance."),
            List.of(
                    "The most recent examination documents a negative straight leg raise with intact strength, sensation and reflexes.",
                    "The imaging shows a disc bulge without nerve root compression, so radiculopathy is not corroborated.",
                    "A prior injection at the same level provided only about 30% relief for approximately three weeks.",
                    "There is no documentation of a reduction in medication use or of functional improvement after the previous injection.",
                    "The patient has axial pain with no radiating symptoms in a dermatomal distribution."),
            List.of(
                    "The patient has radiating pain in a dermatomal distribution with a positive straight leg raise and decreased sensation that correlate with the imaging.",
                    "The MRI shows a disc protrusion contacting the traversing nerve root at the requested level.",
                    "Six months of physical therapy, medications and home exercise have failed to relieve the radicular symptoms.",
                    "This would be the first injection, so the criteria for a diagnostic and therapeutic injection are met."));

    static final Topic FACET = new Topic(List.of(
            "The ACOEM guidelines state that invasive techniques such as facet joint injections are of questionable merit.",
            "The Official Disability Guidelines limit diagnostic facet blocks to patients with low back pain that is non-radicular, at no more than two levels bilaterally.",
            "There should be documentation of failure of conservative treatment, including home exercise, physical therapy and NSAIDs, for at least four to six weeks prior to the procedure.",
            "A diagnostic medial branch block should produce at least 70% pain relief before radiofrequency neurotomy is considered."),
            List.of(
                    "The patient has radicular findings on examination, which is an exclusion for facet injections.",
                    "There is no documentation of facet-mediated pain such as tenderness over the facets with pain on extension and rotation.",
                    "The request is for more than two levels, which exceeds the guideline recommendation.",
                    "A prior diagnostic block did not produce the required degree of relief."),
            List.of(
                    "The examination documents facet tenderness with pain on extension and rotation and a normal neurologic examination.",
                    "Conservative care including physical therapy and NSAIDs has failed over several months, and the request is limited to two levels.",
                    "A diagnostic medial branch block produced more than 70% relief for the duration of the anesthetic."));

    static final Topic RFA = new Topic(List.of(
            "The Official Disability Guidelines state that facet joint radiofrequency neurotomy is under study, with conflicting evidence of efficacy.",
            "Treatment requires a diagnosis of facet joint pain using a medial branch block with a response of at least 70%.",
            "Repeat neurotomy should not occur at an interval of less than six months from the first procedure, and should be based on at least 50% relief for at least twelve weeks."),
            List.of(
                    "There is no documentation of a diagnostic medial branch block at the requested levels.",
                    "The prior neurotomy provided relief for only six weeks.",
                    "The patient has radicular symptoms and imaging findings of stenosis that make facet-mediated pain less likely."),
            List.of(
                    "Diagnostic medial branch blocks at the requested levels produced 80% relief, and there are no radicular findings.",
                    "A prior neurotomy at the same levels provided more than 50% relief for seven months with reduced medication use and improved function."));

    static final Topic INJECTION = new Topic(List.of(
            "The guidelines state that corticosteroid injections may be considered when conservative treatment has failed.",
            "Two or three injections may be given over an extended period as part of an exercise rehabilitation program.",
            "Trigger point injections are recommended only for myofascial pain syndrome with documented circumscribed trigger points with evidence of a twitch response and referred pain."),
            List.of(
                    "The records do not document the response to prior injections at the same site.",
                    "There is no documentation of failed conservative care or of specific examination findings that would support an injection.",
                    "Radiculopathy is present, and the findings do not describe trigger points with a twitch response."),
            List.of(
                    "The patient has persistent pain despite therapy and medication, and examination findings support the diagnosis.",
                    "The injection is requested as an adjunct to an active exercise program, as the guidelines recommend."));

    static final Topic IMAGING = new Topic(List.of(
            "The ACOEM guidelines state that unequivocal objective findings that identify specific nerve compromise on the neurologic examination are sufficient evidence to warrant imaging in patients who do not respond to treatment and who would consider surgery.",
            "Criteria for ordering imaging studies include the emergence of a red flag, physiologic evidence of tissue insult or neurologic dysfunction, failure to progress in a strengthening program, and clarification of the anatomy prior to an invasive procedure.",
            "Repeat imaging is not routinely recommended and should be reserved for a significant change in symptoms or findings suggestive of significant pathology."),
            List.of(
                    "The examination documents no focal neurologic deficit and no red flags.",
                    "Imaging of the same region was performed within the last year, and there is no documentation of a significant change in symptoms or findings.",
                    "There is no indication that the patient is a surgical candidate or that the results would change the treatment plan.",
                    "The patient has not yet completed a course of conservative care."),
            List.of(
                    "The patient has progressive weakness and a new sensory deficit on examination despite three months of conservative care.",
                    "The patient is being considered for surgery, and imaging is needed to clarify the anatomy.",
                    "No prior imaging of this region has been obtained, and the mechanical symptoms have not responded to therapy."));

    static final Topic ELECTRODIAGNOSTICS = new Topic(List.of(
            "The ACOEM guidelines state that electromyography and nerve conduction studies may help identify subtle focal neurologic dysfunction in patients with symptoms lasting more than three or four weeks.",
            "Electrodiagnostic studies are not recommended when the diagnosis is already clear from the examination and imaging.",
            "Nerve conduction studies are not recommended for radiculopathy alone when the patient is presumed to have symptoms on the basis of radiculopathy."),
            List.of(
                    "The neurologic examination is normal and there are no radiating symptoms in the extremities.",
                    "Electrodiagnostic studies were performed within the past year and the records do not describe a change in symptoms.",
                    "The diagnosis of radiculopathy is already established by the examination and MRI."),
            List.of(
                    "The patient has numbness and tingling in the extremities with equivocal findings on examination after more than six weeks of conservative care.",
                    "The distinction between radiculopathy and a peripheral nerve entrapment will determine further treatment.",
                    "No prior electrodiagnostic testing has been performed."));

    static final Topic DRUG_TESTING = new Topic(List.of(
            "The guidelines recommend drug testing as an option to assess for the use or presence of illegal drugs and to monitor compliance in patients taking opioids.",
            "The Official Disability Guidelines recommend testing based on risk stratification: once yearly for low-risk patients and up to two to three times a year for moderate risk."),
            List.of(
                    "The patient is not currently prescribed opioids.",
                    "The patient has been classified as low risk, and a screen was performed within the past three months with consistent results.",
                    "There is no documentation of aberrant behavior that would justify more frequent testing."),
            List.of(
                    "The patient is on chronic opioid therapy and has not been tested in the past year.",
                    "A prior screen was inconsistent with the prescribed medication, so follow-up testing is appropriate."));

    static final Topic FCE = new Topic(List.of(
            "The guidelines state that a functional capacity evaluation may be considered when the information it provides would be crucial to return-to-work decisions.",
            "The Official Disability Guidelines do not recommend a functional capacity evaluation when the sole purpose is to determine a worker's effort or compliance, or when the worker has returned to work without an ergonomic assessment."),
            List.of(
                    "There is no documentation of prior unsuccessful return-to-work attempts or of conflicting medical reporting on precautions.",
                    "The patient is not close to maximum medical improvement and further treatment is planned.",
                    "The purpose of the evaluation is not specified in the records."),
            List.of(
                    "The patient has had two unsuccessful return-to-work attempts and is at maximum medical improvement.",
                    "The job demands are specific and a formal evaluation is needed to determine safe work restrictions."));

    static final Topic PHYSICAL_THERAPY = new Topic(List.of(
            "The guidelines support passive therapy in the early phases of pain treatment and active therapy with a home exercise program to restore flexibility, strength, endurance, function and range of motion.",
            "For myalgia and myositis the guidelines allow 9-10 visits over eight weeks, and for neuralgia, neuritis and radiculitis 8-10 visits over four weeks.",
            "Treatment frequency should fade, plus active self-directed home physical medicine.",
            "Patients are expected to continue active therapies at home as an extension of the treatment process in order to maintain improvement levels."),
            List.of(
                    "The patient has already completed more than 24 sessions of therapy for this condition, which exceeds the number recommended.",
                    "There is no documentation of objective functional improvement from the prior sessions.",
                    "The patient should by now be well versed in a home exercise program, and there is no explanation of why additional supervised therapy is required.",
                    "The number of sessions requested exceeds the guideline recommendation."),
            List.of(
                    "The last formal therapy was more than two years ago, and the treating physician documents a recent flare with measurable deficits in range of motion and strength.",
                    "The patient has not previously received therapy for this body part.",
                    "The request falls within the number of visits recommended by the guidelines and is intended to establish an active home exercise program.",
                    "The records document objective functional improvement from the initial sessions, which supports continuing to the guideline limit."));

    static final Topic POSTOP_THERAPY = new Topic(List.of(
            "The Postsurgical Treatment Guidelines allow a specified number of visits within a postsurgical physical medicine treatment period of six months.",
            "An initial course of therapy means one half of the number of visits specified in the general course of therapy, with additional visits based on documented functional improvement."),
            List.of(
                    "The surgical procedure has not been found appropriate, so postoperative therapy is not needed.",
                    "The number of visits requested exceeds the initial course of therapy and there is no documentation of functional improvement from the sessions already completed.",
                    "The postsurgical physical medicine treatment period has already ended."),
            List.of(
                    "As the surgical procedure has been found appropriate, postoperative rehabilitation is appropriate.",
                    "The patient underwent surgery six weeks ago and has documented improvement from the initial sessions with remaining deficits in motion and strength.",
                    "The request is within the general course of therapy for this procedure, and the surgeon plans to reassess progress at the sixth visit."));

    static final Topic CHIROPRACTIC = new Topic(List.of(
            "The guidelines recommend manual therapy and manipulation for chronic pain caused by musculoskeletal conditions.",
            "For the low back, a trial of 6 visits over two weeks is recommended, and with evidence of objective functional improvement a total of up to 18 visits over six to eight weeks.",
            "Elective or maintenance care is not supported.",
            "For recurrences or flare-ups, there is a need to re-evaluate treatment success, and if return to work has been achieved, 1-2 visits every four to six months."),
            List.of(
                    "The patient has already received more than 30 chiropractic visits, well beyond the number supported by the guidelines.",
                    "The records do not document objective functional improvement from the most recent treatment.",
                    "The stated purpose of the request is to maintain the gains achieved, which is maintenance care.",
                    "Manipulation is not recommended for the knee, ankle, foot, wrist or hand."),
            List.of(
                    "The patient has not previously received chiropractic treatment and is having a documented flare-up with spasm and restricted motion.",
                    "A trial of six visits is consistent with the guidelines, and further care would depend on documented objective functional improvement.",
                    "The patient is working full duty and the prior course of chiropractic care produced measurable gains in range of motion."));

    static final Topic ACUPUNCTURE = new Topic(List.of(
            "The MTUS Acupuncture Medical Treatment Guidelines state that acupuncture is used as an option when pain medication is reduced or not tolerated.",
            "It may be used as an adjunct to physical rehabilitation and/or surgical intervention to hasten functional recovery.",
            "The time to produce functional improvement is 3 to 6 treatments, the frequency is 1 to 3 times per week, and the optimum duration is 1 to 2 months.",
            "Treatments may be extended if functional improvement is documented."),
            List.of(
                    "The patient has completed twelve sessions of acupuncture without documented functional improvement.",
                    "The number of treatments requested exceeds the initial trial of 3 to 6 treatments.",
                    "There is no documentation that medication is reduced or not tolerated, or that the treatment would be an adjunct to active rehabilitation."),
            List.of(
                    "The patient has stopped anti-inflammatory medication because of gastrointestinal intolerance and continues an active home exercise program.",
                    "The patient has never received acupuncture, and the request is within the initial trial recommended by the guidelines.",
                    "The initial trial produced documented functional improvement, including a reduction of medication use and improved work tolerance."));

    static final Topic AQUATIC = new Topic(List.of(
            "The guidelines recommend aquatic therapy as an optional form of exercise therapy, where available, as an alternative to land-based physical therapy.",
            "Aquatic therapy can minimize the effects of gravity, so it is specifically recommended where reduced weight bearing is desirable, for example extreme obesity."),
            List.of(
                    "There is no documentation of a condition requiring reduced weight bearing.",
                    "The patient performs land-based exercises without difficulty."),
            List.of(
                    "The patient is morbidly obese and cannot tolerate land-based exercise because of knee pain.",
                    "Reduced weight bearing is desirable after the recent fracture, and the request is within the guideline number of visits."));

    static final Topic PSYCHOTHERAPY = new Topic(List.of(
            "The guidelines recommend psychological treatment for appropriately identified patients during treatment for chronic pain.",
            "The Official Disability Guidelines allow up to 13-20 visits over seven to twenty weeks of individual sessions if progress is being made.",
            "An initial trial of 6 visits over six weeks is recommended, and with evidence of objective functional improvement, additional visits may be appropriate.",
            "Cognitive behavioral therapy is recommended for chronic pain with screening for patients with risk factors for delayed recovery."),
            List.of(
                    "The patient has already attended more than 20 sessions without documented objective functional improvement.",
                    "The records do not include a psychological evaluation or measurable treatment goals.",
                    "Scores on standardized measures are unchanged after the sessions already completed."),
            List.of(
                    "A psychological evaluation documented major depressive disorder with measurable treatment goals, and the patient has not yet received psychotherapy.",
                    "The sessions completed so far produced a documented improvement on the Beck Depression Inventory and increased daily activity.",
                    "The request is within the initial trial recommended by the guidelines."));

    static final Topic PSYCH_EVALUATION = new Topic(List.of(
            "The guidelines recommend psychological evaluations as a generally accepted, well-established diagnostic procedure in chronic pain populations.",
            "Evaluations should determine whether further psychosocial interventions are indicated."),
            List.of(
                    "The patient has no documented psychological symptoms, and the records do not describe how the evaluation would change treatment.",
                    "A comprehensive psychological evaluation was completed within the past year."),
            List.of(
                    "The patient has developed depression and sleep disturbance related to chronic pain, and no evaluation has been performed.",
                    "The evaluation is a prerequisite for the functional restoration program under consideration."));

    static final Topic PROGRAMS = new Topic(List.of(
            "The guidelines recommend functional restoration programs where there is access to programs with proven successful outcomes for patients with conditions that put them at risk of delayed recovery.",
            "Criteria include an adequate and thorough evaluation, failure of previous methods of treating chronic pain, significant loss of the ability to function independently, and motivation to change.",
            "Treatment is not suggested for longer than two weeks without evidence of demonstrated efficacy as documented by subjective and objective gains."),
            List.of(
                    "There is no documentation of a thorough multidisciplinary evaluation or baseline functional testing.",
                    "The patient is a surgical candidate, and other treatment options have not been exhausted.",
                    "The records do not document motivation to change or a willingness to forgo secondary gains."),
            List.of(
                    "A multidisciplinary evaluation documented significant loss of function, and all other treatment options have been exhausted.",
                    "The patient is motivated to return to work, and the request is for a two-week trial consistent with the guidelines.",
                    "The patient is not a surgical candidate and has completed baseline functional testing."));

    static final Topic ELECTRICAL_STIMULATION = new Topic(List.of(
            "The guidelines do not recommend electrical stimulation as a primary treatment modality.",
            "A one-month home-based trial may be considered as a noninvasive conservative option if used as an adjunct to a program of evidence-based functional restoration.",
            "Criteria include documentation of pain of at least three months' duration and evidence that other appropriate pain modalities have been tried and failed."),
            List.of(
                    "There is no documentation of a successful one-month trial with outcomes in terms of pain relief and function.",
                    "The device is not requested as an adjunct to a program of functional restoration.",
                    "The request is for purchase without any prior trial."),
            List.of(
                    "The patient has neuropathic pain of more than three months' duration, and medication and therapy have failed.",
                    "The request is for a one-month trial as an adjunct to an active home exercise program."));

    static final Topic EQUIPMENT = new Topic(List.of(
            "The guidelines state that durable medical equipment is recommended generally if there is a medical need and if the device or system meets the definition of durable medical equipment.",
            "Continuous-flow cryotherapy is recommended as an option after surgery, but not for nonsurgical treatment; postoperative use generally may be up to seven days.",
            "Lumbar supports have not been shown to have any lasting benefit beyond the acute phase of symptom relief."),
            List.of(
                    "The patient is not scheduled for surgery, and the device is requested for chronic symptoms.",
                    "The duration of use requested exceeds the guideline recommendation.",
                    "The patient is well beyond the acute phase of the injury."),
            List.of(
                    "The device is requested for the immediate postoperative period following a procedure that has been found appropriate.",
                    "The patient has documented instability on examination and the brace is part of a postoperative protocol."));

    static final Topic SPINE_SURGERY = new Topic(List.of(
            "The ACOEM guidelines state that referral for surgical consultation is indicated for patients who have severe and disabling lower leg symptoms in a distribution consistent with abnormalities on imaging.",
            "There should be clear clinical, imaging and electrophysiologic evidence of a lesion that has been shown to benefit in both the short and long term from surgical repair.",
            "Except for cases of trauma-related spinal fracture or dislocation, fusion of the spine is not usually considered during the first three months of symptoms.",
            "The Official Disability Guidelines require documented instability, a psychosocial screen, and completion of all physical medicine and manual therapy interventions before fusion."),
            List.of(
                    "The imaging shows multilevel degenerative changes without instability on flexion-extension views.",
                    "There is no psychological screening prior to the proposed fusion.",
                    "The examination does not document a neurologic deficit that correlates with the imaging findings.",
                    "The patient continues to smoke, and there is no documentation of smoking cessation."),
            List.of(
                    "Flexion-extension radiographs document 5 mm of translation at the requested level, confirming instability.",
                    "The patient has a progressive neurologic deficit that correlates with the imaging, and more than six months of conservative care has failed.",
                    "A psychological screen found no contraindication to surgery, and the patient does not smoke."));

    static final Topic JOINT_SURGERY = new Topic(List.of(
            "The ACOEM guidelines state that referral for surgical consultation may be indicated for patients who have activity limitation for more than one month and failure of exercise programs to increase range of motion and strength.",
            "Surgery usually has a high success rate for cases in which there is clear evidence of a lesion on imaging that correlates with the symptoms and examination findings.",
            "The Official Disability Guidelines recommend surgery when conservative care including therapy, medication and injections has failed over three to six months."),
            List.of(
                    "The MRI shows degenerative changes without a discrete tear that would benefit from repair.",
                    "There is no documentation that the patient has completed a course of conservative care, including an injection.",
                    "The examination findings do not correlate with the imaging."),
            List.of(
                    "The records document mechanical symptoms of locking and giving way with findings on examination that correlate with the MRI.",
                    "Conservative care including physical therapy, medication and an injection has failed over more than six months.",
                    "The criteria for surgery are met, and the patient's work requires full use of the extremity."));

    static final Topic SCS = new Topic(List.of(
            "The guidelines recommend spinal cord stimulators only for selected patients in cases when less invasive procedures have failed or are contraindicated.",
            "Indications include failed back surgery syndrome and complex regional pain syndrome, and a psychological evaluation is required before a trial."),
            List.of(
                    "There is no psychological evaluation clearing the patient for the trial.",
                    "The patient has not undergone surgery and has axial pain only."),
            List.of(
                    "The patient has failed back surgery syndrome with persistent radicular pain, and a psychological evaluation cleared the patient for a trial."));

    static final Topic CONSULTATION = new Topic(List.of(
            "The ACOEM guidelines state that the occupational health practitioner may refer to other specialists if a diagnosis is uncertain or extremely complex, when psychosocial factors are present, or when the plan or course of care may benefit from additional expertise.",
            "A consultation is intended to aid in the diagnosis, prognosis and therapeutic management of a patient."),
            List.of(
                    "The diagnosis is established and the patient is responding to the current treatment plan.",
                    "The records do not state the question the consultation is intended to answer.",
                    "The patient was evaluated by the same specialty within the last three months."),
            List.of(
                    "The patient's pain has not improved despite escalating medication, and the treating physician requests assistance with management.",
                    "The diagnosis is uncertain and the course of care may benefit from additional expertise.",
                    "The patient is a possible surgical candidate, which requires a specialist opinion."));

    static final Topic HOME_HEALTH = new Topic(List.of(
            "The guidelines recommend home health services only for otherwise recommended medical treatment for patients who are homebound, on a part-time or intermittent basis, generally up to no more than 35 hours per week.",
            "Medical treatment does not include homemaker services like shopping, cleaning and laundry, or personal care given by home health aides like bathing, dressing and using the bathroom when this is the only care needed."),
            List.of(
                    "The patient is not homebound and attends appointments independently.",
                    "The services requested are homemaker services and personal care, which are not medical treatment.",
                    "The records do not identify any skilled medical treatment to be provided in the home."),
            List.of(
                    "The patient is homebound after surgery and requires wound care and medication management at home.",
                    "The services requested are skilled nursing services for a limited period within the guideline limit of 35 hours per week."));

    static final Topic GYM = new Topic(List.of(
            "The Official Disability Guidelines do not recommend gym memberships as a medical prescription unless a home exercise program has not been effective and there is a need for equipment.",
            "Treatment needs to be monitored and administered by medical professionals."),
            List.of(
                    "There is no documentation that a home exercise program has failed or that specialized equipment is needed.",
                    "The membership would not be monitored by a medical professional."),
            List.of(
                    "The home exercise program has failed, and the treating therapist documents a need for specific equipment with supervised progression."));

    static final Topic CLEARANCE = new Topic(List.of(
            "The Official Disability Guidelines state that preoperative testing should be guided by the patient's clinical history, comorbidities and physical examination findings.",
            "Routine testing is not necessary for patients undergoing low-risk procedures."),
            List.of(
                    "The associated surgery has not been found appropriate, so clearance is not needed.",
                    "The patient is young and healthy without comorbidities, and the procedure is low risk."),
            List.of(
                    "The patient has diabetes and hypertension and is scheduled for a surgery that has been found appropriate.",
                    "A medical evaluation is needed to manage the comorbidities in the perioperative period."));
}
