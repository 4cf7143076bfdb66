-- Seed data: China's AI Trainer occupation (人工智能训练师, 4-04-05-05).
-- Every fact comes from shared/seed/FACTS.md; every fact-bearing row names its source and verification as stated there.
-- Where two sources disagree, both rows are kept, each with its own source.

-- =====================================================================================================================
-- Sources
-- =====================================================================================================================
insert into source (slug, title_zh, title_en, publisher_zh, publisher_en, url, published_on, accessed_on, note_zh, note_en)
values
    ('seed-article',
     '人工智能训练师职业介绍文章(微信公众号)',
     'AI Trainer career article (WeChat public account)',
     '微信公众号(账号名称未记录)', 'WeChat public account (account name not recorded)',
     null, null, null,
     '本项目的起点文章,2025年发布,具体日期未记录;原文繁简转换异常,但内容可读。',
     'The career article this project started from, published in 2025 (exact date not recorded); its characters were oddly converted but it reads fine.'),
    ('nosc-2021',
     '国家职业技能标准 人工智能训练师(2021年版)',
     'National Occupational Skill Standard: Artificial Intelligence Trainer (2021 edition)',
     '人力资源社会保障部、工业和信息化部',
     'Ministry of Human Resources and Social Security (MOHRSS) and Ministry of Industry and Information Technology (MIIT)',
     'https://chinastor.com/ai/163819954228378.html', null, null,
     '链接指向该标准开头部分文字的转载副本。',
     'The link points to a copy of the opening text of the standard.'),
    ('ithome-2021-11-28',
     '关于人工智能训练师国家职业技能标准发布的新闻报道',
     'News report on the publication of the AI Trainer national occupational skill standard',
     'IT之家', 'IT Home (ithome.com)',
     'https://m.ithome.com/html/589256.htm', date '2021-11-28', null,
     null, null),
    ('osta-outline-2025',
     '人工智能训练师职业技能等级认定要素细目表(公开备考仓库解析版)',
     'AI Trainer skill-level assessment outline (breakdown of assessment elements), as parsed in a public exam-prep repository',
     null, null,
     'https://github.com/ZzhiWang/ai-trainer-quiz', date '2025-07-01', null,
     '官方认定要素细目表,日期为2025年7月1日;此处依据公开备考仓库中的解析结果(tools/sources/outline_l4.json)。',
     'The official assessment outline dated 2025-07-01, as parsed in a public exam-prep repository (tools/sources/outline_l4.json).'),
    ('gmrb-2017-05-21',
     '光明日报关于人力资源社会保障部、财政部失业保险技能提升补贴通知的报道',
     'Guangming Daily report on the MOHRSS/MOF notice on the unemployment-insurance skill-improvement subsidy',
     '光明日报', 'Guangming Daily',
     'https://epaper.gmw.cn/gmrb/html/2017-05/21/nw.D110000gmrb_20170521_6-02.htm', date '2017-05-21', null,
     '报道的通知于2017年5月发布。',
     'The notice it reports on was issued in May 2017.'),
    ('state-council-2017-35',
     '新一代人工智能发展规划(国发〔2017〕35号)',
     'New Generation Artificial Intelligence Development Plan (Guo Fa [2017] No. 35)',
     '国务院', 'State Council',
     null, date '2017-07-08', null,
     null, null),
    ('state-council-2019-24',
     '职业技能提升行动方案(2019—2021年)(国办发〔2019〕24号)',
     'Vocational Skills Upgrading Action Plan (2019–2021) (Guo Ban Fa [2019] No. 24)',
     '国务院办公厅', 'General Office of the State Council',
     null, date '2019-05-24', null,
     '2019年5月18日签发,2019年5月24日公布。',
     'Signed on 2019-05-18 and published on 2019-05-24.'),
    ('sz-repost-cdhao',
     '深圳职业技能证书补贴转载文章',
     'Repost on Shenzhen skill-certificate subsidies',
     null, null,
     'https://cdhao.com/638774.html', null, null,
     '转载文章,未注明日期。',
     'A repost; undated.'),
    ('xinhua-2024-12-04',
     '新华社关于上海重点产业技能提升试点通知的报道',
     'Xinhua report on Shanghai''s key-industry skills pilot notice',
     '新华社', 'Xinhua News Agency',
     null, date '2024-12-04', null,
     '报道的通知于2024年12月发布。',
     'The notice it reports on was issued in December 2024.'),
    ('xinhua-2026-01-25',
     '新华社关于上海2025年人工智能训练师认定情况的报道',
     'Xinhua report on Shanghai''s 2025 AI Trainer assessment figures',
     '新华社', 'Xinhua News Agency',
     null, date '2026-01-25', null,
     null, null),
    ('tonglu-notice',
     '杭州市桐庐县“一考双证”补贴标准',
     'Tonglu County (Hangzhou) "one exam, two certificates" subsidy amounts',
     null, null,
     'https://chacewang.com/newsdetail/news14549.html', null, null,
     '刊载于 chacewang.com。',
     'Published on chacewang.com.'),
    ('hubei-2024-catalogue',
     '湖北省人社厅2024年技能需求目录(转载)',
     'Hubei HRSS 2024 skills-demand catalogue (repost)',
     '湖北省人力资源和社会保障厅', 'Hubei Provincial Department of Human Resources and Social Security',
     null, null, null,
     '转载于 wxredian.com,原文链接未记录。',
     'Reposted on wxredian.com; the full address was not recorded.'),
    ('unattributed-report',
     '原始来源未记录的报道',
     'Report whose original source is not recorded',
     null, null,
     null, null, null,
     'FACTS.md 将相关事实列为“已报道”(REPORTED),但未注明其来源。',
     'FACTS.md lists the fact as REPORTED without naming its source.');

-- =====================================================================================================================
-- Regions (GB/T 2260; parents before children)
-- =====================================================================================================================
insert into region (code, parent_code, kind, name_zh, name_en)
values ('CN', null, 'COUNTRY', '中国', 'China');

insert into region (code, parent_code, kind, name_zh, name_en)
values ('440000', 'CN', 'PROVINCE', '广东省', 'Guangdong Province'),
       ('310000', 'CN', 'PROVINCE', '上海市', 'Shanghai'),
       ('330000', 'CN', 'PROVINCE', '浙江省', 'Zhejiang Province'),
       ('420000', 'CN', 'PROVINCE', '湖北省', 'Hubei Province');

insert into region (code, parent_code, kind, name_zh, name_en)
values ('440300', '440000', 'PREFECTURE', '深圳市', 'Shenzhen'),
       ('440100', '440000', 'PREFECTURE', '广州市', 'Guangzhou'),
       ('330100', '330000', 'PREFECTURE', '杭州市', 'Hangzhou');

insert into region (code, parent_code, kind, name_zh, name_en)
values ('330122', '330100', 'COUNTY', '桐庐县', 'Tonglu County');

-- =====================================================================================================================
-- Occupation
-- =====================================================================================================================
insert into occupation (code, name_zh, name_en, source_id, verification)
values ('4-04-05-05', '人工智能训练师', 'Artificial Intelligence Trainer',
        (select id from source where slug = 'nosc-2021'), 'OFFICIAL');

-- =====================================================================================================================
-- Occupation statements
-- =====================================================================================================================
insert into occupation_statement (occupation_id, topic, position, as_of, text_zh, text_en, source_id, verification)
values
    -- Definition
    ((select id from occupation where code = '4-04-05-05'), 'DEFINITION', 1, null,
     '使用智能训练软件,在人工智能产品实际使用过程中进行数据库管理、算法参数设置、人机交互设计、性能测试跟踪及其他辅助作业的人员。',
     'A person who uses intelligent-training software to carry out database management, algorithm parameter setting, human-computer interaction design, performance-test tracking and other auxiliary work while artificial intelligence products are in actual use.',
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL'),

    -- Creation
    ((select id from occupation where code = '4-04-05-05'), 'CREATION', 1, '2020-02',
     '2020年2月作为新职业设立,是第二批发布的16个新职业之一。',
     'Created as a new occupation in February 2020, one of the 16 new occupations in the second batch.',
     (select id from source where slug = 'ithome-2021-11-28'), 'REPORTED'),

    -- Standard
    ((select id from occupation where code = '4-04-05-05'), 'STANDARD', 1, '2021',
     '职业标准为人力资源社会保障部、工业和信息化部发布的《国家职业技能标准 人工智能训练师(2021年版)》。',
     'The occupation''s standard is the National Occupational Skill Standard: Artificial Intelligence Trainer (2021 edition), issued by the Ministry of Human Resources and Social Security (MOHRSS) and the Ministry of Industry and Information Technology (MIIT).',
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL'),
    ((select id from occupation where code = '4-04-05-05'), 'STANDARD', 2, '2021-11',
     '该标准在人力资源社会保障部职业技能鉴定中心指导下历时两年编制,由阿里巴巴牵头,科大讯飞、百度等单位参与,于2021年11月下旬发布。',
     'The standard was drafted over two years under the MOHRSS skill-assessment centre, led by Alibaba with iFlytek, Baidu and others, and was published in late November 2021.',
     (select id from source where slug = 'ithome-2021-11-28'), 'REPORTED'),

    -- Working environment and minimum education
    ((select id from occupation where code = '4-04-05-05'), 'ENVIRONMENT', 1, null,
     '室内,常温。',
     'Indoors, at normal temperature.',
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL'),
    ((select id from occupation where code = '4-04-05-05'), 'EDUCATION', 1, null,
     '最低学历:初中毕业。',
     'Minimum education: junior middle school.',
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL'),

    -- Career path
    ((select id from occupation where code = '4-04-05-05'), 'CAREER_PATH', 1, null,
     '数据标注员(初级起点)',
     'Data annotator (entry level)',
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'CAREER_PATH', 2, null,
     '高级训练师',
     'Senior trainer',
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'CAREER_PATH', 3, null,
     '项目经理',
     'Project manager',
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'CAREER_PATH', 4, null,
     '技术总监',
     'Technical director',
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'CAREER_PATH', 5, null,
     '自主创业:具备一定经验和资源的人工智能训练师可在人工智能技术领域开展相关业务,如成立人工智能数据服务公司、提供人工智能解决方案等。',
     'Starting a business: AI trainers with some experience and resources may also start their own business in the AI field, such as founding an AI data-services company or providing AI solutions.',
     (select id from source where slug = 'seed-article'), 'REPORTED'),

    -- Industries hiring
    ((select id from occupation where code = '4-04-05-05'), 'INDUSTRY', 1, null,
     '互联网公司和科技企业',
     'Internet and technology companies',
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'INDUSTRY', 2, null,
     '金融',
     'Finance',
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'INDUSTRY', 3, null,
     '医疗',
     'Healthcare',
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'INDUSTRY', 4, null,
     '制造业',
     'Manufacturing',
     (select id from source where slug = 'seed-article'), 'REPORTED'),

    -- Technology trends
    ((select id from occupation where code = '4-04-05-05'), 'TECHNOLOGY', 1, null,
     '深度学习、自然语言处理等技术不断成熟,为人工智能训练师提供了更高效的模型训练手段,有助于提升模型的准确性和实用性。',
     'Deep learning, natural language processing and other technologies keep maturing, giving AI trainers more efficient ways to train models and helping to make models more accurate and practical.',
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'TECHNOLOGY', 2, null,
     '人工智能与物联网、大数据、区块链等技术的融合不断加深,训练师有机会参与更多跨领域项目;例如在智能家居场景中,训练师需要结合物联网数据训练人工智能,以实现更智能的家居控制。',
     'AI is converging ever more closely with the Internet of Things, big data, blockchain and other technologies, giving trainers the chance to work on more cross-domain projects; in smart homes, for example, trainers combine IoT data to train AI for smarter home control.',
     (select id from source where slug = 'seed-article'), 'REPORTED'),

    -- Outlook (kept separately: the sources disagree on what the 5 million figure means)
    ((select id from occupation where code = '4-04-05-05'), 'OUTLOOK', 1, null,
     '据估计,我国目前人工智能训练师短缺约500万人。',
     'By one estimate, China is currently short of about 5 million AI trainers.',
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'OUTLOOK', 2, '2025',
     '到2025年,国内相关从业人员有望达到500万,但市场需求仍可能远大于这一数字。',
     'Practitioners in China were expected to reach 5 million by 2025, though market demand may still far exceed that figure.',
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'OUTLOOK', 3, '2022',
     '2020年的一篇报道将500万这一数字归于阿里巴巴的预测:到2022年,国内外人工智能训练师从业者将达到500万。',
     'A 2020 report attributes the 5 million figure to an Alibaba forecast that practitioners in China and abroad would reach 5 million by 2022.',
     (select id from source where slug = 'ithome-2021-11-28'), 'REPORTED'),
    ((select id from occupation where code = '4-04-05-05'), 'OUTLOOK', 4, '2025',
     '2025年,上海人工智能训练师职业技能等级认定共1.63万人次参加,发放证书1.09万张。',
     'In 2025 Shanghai recorded 16,300 assessment attempts for the occupation and issued 10,900 certificates.',
     (select id from source where slug = 'xinhua-2026-01-25'), 'REPORTED');

-- =====================================================================================================================
-- Skill levels (5 lowest .. 1 highest); conditions only where a source confirms them
-- =====================================================================================================================
insert into skill_level (level, name_zh, name_en, training_hours, conditions_zh, conditions_en, source_id, verification)
values
    (5, '五级/初级工', 'Level 5 / Junior Worker', 60,
     '从事本职业或相关职业工作1年(含)以上;或学徒期满。',
     'One year or more of work in this or a related occupation, or a completed apprenticeship.',
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL'),
    (4, '四级/中级工', 'Level 4 / Intermediate Worker', 50, null, null,
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL'),
    (3, '三级/高级工', 'Level 3 / Senior Worker', 40, null, null,
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL'),
    (2, '二级/技师', 'Level 2 / Technician', 40, null, null,
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL'),
    (1, '一级/高级技师', 'Level 1 / Senior Technician', 30, null, null,
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL');

-- =====================================================================================================================
-- Work types (工种); no source describes them, so no description
-- =====================================================================================================================
insert into work_type (slug, position, name_zh, name_en, description_zh, description_en, source_id, verification)
values
    ('data-annotator', 1, '数据标注员', 'Data Annotator', null, null,
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL'),
    ('ai-algorithm-tester', 2, '人工智能算法测试员', 'AI Algorithm Tester', null, null,
     (select id from source where slug = 'nosc-2021'), 'OFFICIAL');

-- =====================================================================================================================
-- Duties: the seed article's four duty areas
-- =====================================================================================================================
insert into duty (slug, kind, parent_id, position, name_zh, name_en, description_zh, description_en,
                  examples_zh, examples_en, source_id, verification)
values
    ('data-annotation-and-processing', 'DUTY_AREA', null, 1,
     '数据标注与处理', 'Data annotation and processing',
     '对大量图像、文字、语音等原始数据进行标注和加工。经过标注的数据是AI模型训练的“原材料”,其质量直接影响模型的性能。',
     'Label and process large amounts of raw image, text and speech data. Labelled data is the raw material of model training, and its quality directly drives model performance.',
     array['为图像中的物体添加类别标签', '将语音转化为文字并标注语义'],
     array['Adding category labels to objects in images', 'Transcribing speech to text and labelling its meaning'],
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ('algorithm-training-and-optimisation', 'DUTY_AREA', null, 2,
     '算法训练与优化', 'Algorithm training and optimisation',
     '运用各种机器学习和深度学习算法,用标注好的数据训练模型,并在训练过程中不断调整算法参数,以提高模型的准确性和性能。',
     'Train models on labelled data with machine-learning and deep-learning algorithms, and keep tuning the algorithm parameters during training to make the models more accurate and better performing.',
     array['调整神经网络的层数、节点数和学习率等参数,使图像识别模型更精准地识别不同类别的物体'],
     array['Tuning parameters such as the number of layers, the number of nodes and the learning rate of a neural network so that an image-recognition model tells object classes apart more precisely'],
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ('human-computer-interaction-design', 'DUTY_AREA', null, 3,
     '人机交互设计', 'Human-computer interaction design',
     '参与人机交互设计,让人工智能产品更好地与用户交互,使交互过程更加自然、流畅,符合用户的使用习惯。',
     'Take part in human-computer interaction design so that AI products interact better with users, and interaction is natural, smooth and fits users'' habits.',
     array['设计智能语音助手的对话流程和界面布局'],
     array['Designing the dialogue flows and interface layouts of voice assistants'],
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ('performance-testing-and-monitoring', 'DUTY_AREA', null, 4,
     '性能测试与监控', 'Performance testing and monitoring',
     '对训练好的AI模型进行性能测试,评估其在不同场景下的表现;AI产品投入使用后持续监控其性能,及时发现并解决可能出现的问题,确保产品稳定运行。',
     'Test trained AI models and assess how they perform in different scenarios; after an AI product is released, keep monitoring its performance, find and solve problems early, and keep the product running stably.',
     array['在不同场景下评估模型的准确率、召回率和响应时间等指标', '产品投入使用后持续监控其性能'],
     array['Assessing a model''s accuracy, recall and response time in different scenarios', 'Monitoring performance continuously after the product is released'],
     (select id from source where slug = 'seed-article'), 'REPORTED');

-- =====================================================================================================================
-- Duties: occupational functions (FUNCTION) per level from the assessment outline, before their work contents
-- =====================================================================================================================
insert into duty (slug, kind, parent_id, position, name_zh, name_en, source_id, verification)
values
    -- Level 4 (official outline, as parsed)
    ('l4-data-collection-and-processing', 'FUNCTION', null, 1, '数据采集和处理', 'Data collection and processing',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l4-data-annotation', 'FUNCTION', null, 2, '数据标注', 'Data annotation',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l4-intelligent-system-operation', 'FUNCTION', null, 3, '智能系统运维', 'Intelligent system operation and maintenance',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    -- Level 3 (official outline, as parsed)
    ('l3-business-analysis', 'FUNCTION', null, 1, '业务分析', 'Business analysis',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l3-intelligent-training', 'FUNCTION', null, 2, '智能训练', 'Intelligent training',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l3-intelligent-system-design', 'FUNCTION', null, 3, '智能系统设计', 'Intelligent system design',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l3-training-and-guidance', 'FUNCTION', null, 4, '培训与指导', 'Training and guidance',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    -- Level 5 (reported by a weak, unnamed source)
    ('l5-data-collection-and-processing', 'FUNCTION', null, 1, '数据采集和处理', 'Data collection and processing',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('l5-data-annotation', 'FUNCTION', null, 2, '数据标注', 'Data annotation',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('l5-intelligent-system-operation', 'FUNCTION', null, 3, '智能系统运维', 'Intelligent system operation and maintenance',
     (select id from source where slug = 'unattributed-report'), 'REPORTED');

-- =====================================================================================================================
-- Duties: work contents (WORK_CONTENT) within each function
-- =====================================================================================================================
insert into duty (slug, kind, parent_id, position, name_zh, name_en, source_id, verification)
values
    -- Level 4
    ('l4-business-data-quality-inspection', 'WORK_CONTENT',
     (select id from duty where slug = 'l4-data-collection-and-processing'), 1,
     '业务数据质量检验', 'Business data quality inspection',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l4-data-processing-method-optimisation', 'WORK_CONTENT',
     (select id from duty where slug = 'l4-data-collection-and-processing'), 2,
     '数据处理方法优化', 'Data processing method optimisation',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l4-data-classification-and-definition', 'WORK_CONTENT',
     (select id from duty where slug = 'l4-data-annotation'), 1,
     '数据归类和定义', 'Data classification and definition',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l4-annotated-data-review', 'WORK_CONTENT',
     (select id from duty where slug = 'l4-data-annotation'), 2,
     '标注数据审核', 'Annotated data review',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l4-intelligent-system-maintenance', 'WORK_CONTENT',
     (select id from duty where slug = 'l4-intelligent-system-operation'), 1,
     '智能系统维护', 'Intelligent system maintenance',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l4-intelligent-system-optimisation', 'WORK_CONTENT',
     (select id from duty where slug = 'l4-intelligent-system-operation'), 2,
     '智能系统优化', 'Intelligent system optimisation',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    -- Level 3
    ('l3-business-process-design', 'WORK_CONTENT',
     (select id from duty where slug = 'l3-business-analysis'), 1,
     '业务流程设计', 'Business process design',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l3-business-module-optimisation', 'WORK_CONTENT',
     (select id from duty where slug = 'l3-business-analysis'), 2,
     '业务模块效果优化', 'Business module effectiveness optimisation',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l3-data-processing-specification', 'WORK_CONTENT',
     (select id from duty where slug = 'l3-intelligent-training'), 1,
     '数据处理规范制定', 'Drawing up data processing specifications',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l3-algorithm-testing', 'WORK_CONTENT',
     (select id from duty where slug = 'l3-intelligent-training'), 2,
     '算法测试', 'Algorithm testing',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l3-intelligent-system-monitoring-and-optimisation', 'WORK_CONTENT',
     (select id from duty where slug = 'l3-intelligent-system-design'), 1,
     '智能系统监控和优化', 'Intelligent system monitoring and optimisation',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l3-interaction-flow-design', 'WORK_CONTENT',
     (select id from duty where slug = 'l3-intelligent-system-design'), 2,
     '人机交互流程设计', 'Human-computer interaction flow design',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l3-training', 'WORK_CONTENT',
     (select id from duty where slug = 'l3-training-and-guidance'), 1,
     '培训', 'Training',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    ('l3-guidance', 'WORK_CONTENT',
     (select id from duty where slug = 'l3-training-and-guidance'), 2,
     '指导', 'Guidance',
     (select id from source where slug = 'osta-outline-2025'), 'OFFICIAL'),
    -- Level 5 (l5-intelligent-system-operation has no work contents in the source)
    ('l5-business-data-collection', 'WORK_CONTENT',
     (select id from duty where slug = 'l5-data-collection-and-processing'), 1,
     '业务数据采集', 'Business data collection',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('l5-business-data-processing', 'WORK_CONTENT',
     (select id from duty where slug = 'l5-data-collection-and-processing'), 2,
     '业务数据处理', 'Business data processing',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('l5-raw-data-cleaning-and-annotation', 'WORK_CONTENT',
     (select id from duty where slug = 'l5-data-annotation'), 1,
     '原始数据清洗与标注', 'Raw data cleaning and annotation',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('l5-annotated-data-classification-and-statistics', 'WORK_CONTENT',
     (select id from duty where slug = 'l5-data-annotation'), 2,
     '标注后数据分类与统计', 'Classification and statistics of annotated data',
     (select id from source where slug = 'unattributed-report'), 'REPORTED');

-- =====================================================================================================================
-- Duties: the 2020 occupation announcement's main tasks
-- =====================================================================================================================
insert into duty (slug, kind, parent_id, position, name_zh, name_en, source_id, verification)
values
    ('main-task-label-and-process-data', 'MAIN_TASK', null, 1,
     '标注和加工原始数据', 'Label and process raw data',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('main-task-train-and-evaluate-algorithms', 'MAIN_TASK', null, 2,
     '训练和评测算法、功能和性能', 'Train and evaluate algorithms, functions and performance',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('main-task-design-interaction-and-applications', 'MAIN_TASK', null, 3,
     '设计交互流程和应用方案', 'Design interaction flows and application plans',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('main-task-monitor-application-data', 'MAIN_TASK', null, 4,
     '监控、分析和管理应用数据', 'Monitor, analyse and manage application data',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('main-task-tune-parameters', 'MAIN_TASK', null, 5,
     '调整和优化参数配置', 'Adjust and optimise parameter configuration',
     (select id from source where slug = 'unattributed-report'), 'REPORTED');

-- =====================================================================================================================
-- Duty levels: each function and work content applies to its own level
-- =====================================================================================================================
insert into duty_level (duty_id, level)
select id, 4 from duty
where slug in ('l4-data-collection-and-processing', 'l4-business-data-quality-inspection',
               'l4-data-processing-method-optimisation',
               'l4-data-annotation', 'l4-data-classification-and-definition', 'l4-annotated-data-review',
               'l4-intelligent-system-operation', 'l4-intelligent-system-maintenance',
               'l4-intelligent-system-optimisation');

insert into duty_level (duty_id, level)
select id, 3 from duty
where slug in ('l3-business-analysis', 'l3-business-process-design', 'l3-business-module-optimisation',
               'l3-intelligent-training', 'l3-data-processing-specification', 'l3-algorithm-testing',
               'l3-intelligent-system-design', 'l3-intelligent-system-monitoring-and-optimisation',
               'l3-interaction-flow-design',
               'l3-training-and-guidance', 'l3-training', 'l3-guidance');

insert into duty_level (duty_id, level)
select id, 5 from duty
where slug in ('l5-data-collection-and-processing', 'l5-business-data-collection', 'l5-business-data-processing',
               'l5-data-annotation', 'l5-raw-data-cleaning-and-annotation',
               'l5-annotated-data-classification-and-statistics',
               'l5-intelligent-system-operation');

-- No duty_work_type rows: no source assigns duties to work types.

-- =====================================================================================================================
-- Salary ranges (monthly, CNY)
-- =====================================================================================================================
insert into salary_range (public_id, role_zh, role_en, level, work_type_id, region_code, min_amount, max_amount,
                          currency, period, statistic, reference_year, note_zh, note_en, source_id, verification)
values
    ('5a1a0000-0000-4000-8000-000000000001', '人工智能训练师', 'AI trainer', null, null, 'CN', 10000, null,
     'CNY', 'MONTH', 'AVERAGE', null,
     '平均月薪在1万元以上,且逐年上升;一些发达城市和地区薪资水平更高。',
     'Average monthly pay above 10,000 yuan and rising year on year; higher in some developed cities and regions.',
     (select id from source where slug = 'seed-article'), 'UNCONFIRMED'),
    ('5a1a0000-0000-4000-8000-000000000002', 'AI架构工程师', 'AI architecture engineer', 1, null, 'CN', 20000, 40000,
     'CNY', 'MONTH', 'RANGE', null,
     '原文:一级人工智能训练师中的AI架构工程师,月薪范围可达20000—40000元。',
     'The article: AI architecture engineers among Level 1 AI trainers can earn 20,000–40,000 yuan a month.',
     (select id from source where slug = 'seed-article'), 'UNCONFIRMED'),
    ('5a1a0000-0000-4000-8000-000000000003', '首席技术官(CTO)', 'Chief technology officer (CTO)', 1, null, 'CN', 20000, 50000,
     'CNY', 'MONTH', 'RANGE', null,
     '原文将其列为一级人工智能训练师中的岗位。',
     'The article lists this among the roles of Level 1 AI trainers.',
     (select id from source where slug = 'seed-article'), 'UNCONFIRMED'),
    ('5a1a0000-0000-4000-8000-000000000004', '高级AI算法工程师', 'Senior AI algorithm engineer', 1, null, 'CN', 20000, 50000,
     'CNY', 'MONTH', 'RANGE', null,
     '原文将其列为一级人工智能训练师中的岗位。',
     'The article lists this among the roles of Level 1 AI trainers.',
     (select id from source where slug = 'seed-article'), 'UNCONFIRMED'),
    ('5a1a0000-0000-4000-8000-000000000005', '人工智能训练师', 'AI trainer', null, null, '420000', 7800, 7800,
     'CNY', 'MONTH', 'MEDIAN', 2024,
     '湖北省2024年月薪中位数。',
     'Hubei monthly median pay in 2024.',
     (select id from source where slug = 'hubei-2024-catalogue'), 'REPORTED');

-- =====================================================================================================================
-- Policies: national
-- =====================================================================================================================
insert into policy (slug, title_zh, title_en, issuer_zh, issuer_en, document_number, category, scope, region_code,
                    issued_on, effective_from, effective_to, summary_zh, summary_en, eligibility_zh, eligibility_en,
                    source_id, verification)
values
    ('new-generation-ai-development-plan',
     '新一代人工智能发展规划', 'New Generation Artificial Intelligence Development Plan',
     '国务院', 'State Council', '国发〔2017〕35号', 'DEVELOPMENT_PLAN', 'NATIONAL', 'CN',
     date '2017-07-08', null, null,
     '国家通过资金支持、税收优惠等一系列激励措施,鼓励人工智能产业发展;据源文章,这也间接为人工智能训练师的职业发展提供了政策基础。',
     'Encourages the AI industry through funding support, tax incentives and other measures; according to the seed article, this indirectly supports AI trainers'' careers.',
     null, null,
     (select id from source where slug = 'state-council-2017-35'), 'OFFICIAL'),
    ('unemployment-insurance-skill-subsidy-2017',
     '失业保险技能提升补贴通知(2017年5月)', 'Notice on the unemployment-insurance skill-improvement subsidy (May 2017)',
     '人力资源社会保障部、财政部', 'Ministry of Human Resources and Social Security and Ministry of Finance',
     null, 'SKILL_SUBSIDY', 'NATIONAL', 'CN',
     null, date '2017-01-01', null,
     '取得职业技能证书的失业保险参保职工可申领技能提升补贴,每张证书的补贴上限为:初级1000元、中级1500元、高级2000元;适用于2017年1月1日起取得的证书。',
     'Unemployment-insurance contributors who obtain a skill certificate may claim a skill-improvement subsidy, with upper limits per certificate of 1,000 yuan (junior), 1,500 yuan (intermediate) and 2,000 yuan (senior); it applies to certificates obtained from 1 January 2017.',
     '缴纳失业保险费满36个月;自取得证书之日起12个月内申请。此后部分地方通知将缴费要求放宽至12个月。',
     '36 months of unemployment-insurance contributions; apply within 12 months of obtaining the certificate. Later local notices relaxed the contribution requirement to 12 months.',
     (select id from source where slug = 'gmrb-2017-05-21'), 'REPORTED'),
    ('skills-upgrading-action-plan-2019',
     '职业技能提升行动方案(2019—2021年)', 'Vocational Skills Upgrading Action Plan (2019–2021)',
     '国务院办公厅', 'General Office of the State Council', '国办发〔2019〕24号', 'DEVELOPMENT_PLAN', 'NATIONAL', 'CN',
     date '2019-05-18', null, null,
     '国务院办公厅印发的2019—2021年职业技能提升行动方案,2019年5月18日签发,5月24日公布。',
     'The State Council General Office''s action plan for upgrading vocational skills in 2019–2021, signed on 18 May 2019 and published on 24 May 2019.',
     null, null,
     (select id from source where slug = 'state-council-2019-24'), 'OFFICIAL'),
    ('new-occupations-2020',
     '2020年2月发布的第二批16个新职业', 'Announcement of 16 new occupations (second batch), February 2020',
     null, null, null, 'OCCUPATION_CATALOGUE', 'NATIONAL', 'CN',
     null, null, null,
     '2020年2月发布第二批16个新职业,人工智能训练师作为新职业由此设立。',
     'The February 2020 announcement of a second batch of 16 new occupations, which created AI Trainer as a new occupation.',
     null, null,
     (select id from source where slug = 'ithome-2021-11-28'), 'REPORTED');

-- =====================================================================================================================
-- Policies: local summaries from the seed article (many places, no single region)
-- =====================================================================================================================
insert into policy (slug, title_zh, title_en, issuer_zh, issuer_en, document_number, category, scope, region_code,
                    issued_on, effective_from, effective_to, summary_zh, summary_en, eligibility_zh, eligibility_en,
                    source_id, verification)
values
    ('local-talent-subsidies',
     '地方人才补贴', 'Local talent subsidies',
     '多地地方政府', 'Various local governments', null, 'TALENT_SUBSIDY', 'MUNICIPAL', null,
     null, null, null,
     '许多地方政府出台政策吸引人工智能训练师等人才,一些地区对符合条件的人工智能训练师给予一定金额的人才补贴,以减轻其生活压力,吸引其扎根当地。',
     'Many local governments have issued policies to attract talent such as AI trainers; some give eligible AI trainers a talent subsidy to ease their living costs and encourage them to settle locally.',
     null, null,
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ('local-housing-support',
     '地方住房优惠', 'Local housing support',
     '多地地方政府', 'Various local governments', null, 'HOUSING', 'MUNICIPAL', null,
     null, null, null,
     '有的地方为人才提供住房优惠,如人才公寓、购房补贴等,解决其住房之忧。',
     'Some places offer talent housing support, such as talent apartments and home-purchase subsidies, to ease their housing worries.',
     null, null,
     (select id from source where slug = 'seed-article'), 'REPORTED'),
    ('local-skill-subsidies',
     '地方职业技能补贴', 'Local vocational skill subsidies',
     '多地地方政府', 'Various local governments', null, 'SKILL_SUBSIDY', 'MUNICIPAL', null,
     null, null, null,
     '不同地区根据职业等级,按相应标准给予1000元至3600元不等的职业技能补贴。其中3600元这一数字未经证实。',
     'Depending on the skill level, different places give vocational skill subsidies ranging from 1,000 to 3,600 yuan. The 3,600-yuan figure is unconfirmed.',
     null, null,
     (select id from source where slug = 'seed-article'), 'UNCONFIRMED');

-- =====================================================================================================================
-- Policies: regional
-- =====================================================================================================================
insert into policy (slug, title_zh, title_en, issuer_zh, issuer_en, document_number, category, scope, region_code,
                    issued_on, effective_from, effective_to, summary_zh, summary_en, eligibility_zh, eligibility_en,
                    source_id, verification)
values
    ('shenzhen-skill-certificate-subsidy',
     '深圳市职业技能证书补贴', 'Shenzhen skill-certificate subsidy',
     null, null, null, 'SKILL_SUBSIDY', 'MUNICIPAL', '440300',
     null, null, null,
     '深圳对取得人工智能训练师职业技能等级证书者给予补贴。据转载文章,2025年五级、四级、三级分别为1000元、1500元、2400元,自2026年1月1日起三级上调30%至3120元。源文章另称,三级(高级)补贴自2025年3月1日起由2000元提高到2400元(未经证实)。',
     'Shenzhen subsidises AI Trainer skill-level certificates. According to a repost, the amounts in 2025 were 1,000, 1,500 and 2,400 yuan for levels 5, 4 and 3, and the level-3 amount rises by 30% to 3,120 yuan from 1 January 2026. The seed article also says the level-3 (senior) subsidy rose from 2,000 to 2,400 yuan on 1 March 2025 (unconfirmed).',
     '本地户籍、本地社保、登记失业人员或应届毕业生。',
     'Local hukou, local social insurance, registered unemployed persons or recent graduates.',
     (select id from source where slug = 'sz-repost-cdhao'), 'REPORTED'),
    ('guangdong-skill-training-subsidy-measures',
     '广东省职业技能培训补贴管理办法', 'Guangdong Province Administrative Measures for Vocational Skill Training Subsidies',
     null, null, null, 'SKILL_SUBSIDY', 'PROVINCIAL', '440000',
     null, date '2023-08-15', date '2025-12-31',
     '补贴标准按省级目录执行;列入当地紧缺职业目录的职业,三级及以上补贴最高可上浮30%。',
     'Subsidy amounts follow a provincial catalogue; for occupations in the local shortage catalogue, subsidies for level 3 and above may be raised by up to 30%.',
     null, null,
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('guangzhou-urgent-occupations-2024',
     '广州市2024年急需紧缺职业目录', 'Guangzhou 2024 catalogue of urgently needed occupations',
     null, null, null, 'OCCUPATION_CATALOGUE', 'MUNICIPAL', '440100',
     null, null, null,
     '人工智能训练师被列入广州市2024年急需紧缺职业目录。',
     'AI Trainer is listed in Guangzhou''s 2024 catalogue of urgently needed occupations.',
     null, null,
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('shanghai-key-industry-skills-pilot-2024',
     '上海重点产业技能提升试点', 'Shanghai key-industry skills pilot',
     null, null, null, 'SKILL_SUBSIDY', 'PROVINCIAL', '310000',
     null, null, null,
     '据2024年12月的通知,人工智能训练师是补贴标准上浮30%的17个职业之一;新增的数据标注专项证书补贴1000元。',
     'Under a notice of December 2024, AI Trainer is one of 17 occupations whose subsidy is raised by 30%; new data-annotation special certificates get 1,000 yuan.',
     null, null,
     (select id from source where slug = 'xinhua-2024-12-04'), 'REPORTED'),
    ('tonglu-one-exam-two-certificates',
     '桐庐县“一考双证”补贴', 'Tonglu County "one exam, two certificates" subsidy',
     null, null, null, 'SKILL_SUBSIDY', 'COUNTY', '330122',
     null, null, null,
     '桐庐县“一考双证”补贴:专项证书800元;五级至一级证书分别为1000元、1500元、2000元、2500元、3000元。',
     'Tonglu County''s "one exam, two certificates" subsidy: 800 yuan for a special certificate; 1,000, 1,500, 2,000, 2,500 and 3,000 yuan for level 5 to level 1 certificates.',
     null, null,
     (select id from source where slug = 'tonglu-notice'), 'REPORTED');

-- =====================================================================================================================
-- Benefits: national unemployment-insurance skill subsidy (upper limits)
-- =====================================================================================================================
insert into benefit (public_id, policy_id, level, kind, amount, currency, upper_limit, uplift_percent,
                     effective_from, effective_to, conditions_zh, conditions_en, source_id, verification)
values
    ('b0000000-0000-4000-8000-000000000001',
     (select id from policy where slug = 'unemployment-insurance-skill-subsidy-2017'), 5, 'CERTIFICATE_SUBSIDY',
     1000, 'CNY', true, null, date '2017-01-01', null,
     '初级证书(对应五级);金额为补贴上限。',
     'Junior (初级) certificate, i.e. level 5; the amount is an upper limit.',
     (select id from source where slug = 'gmrb-2017-05-21'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000002',
     (select id from policy where slug = 'unemployment-insurance-skill-subsidy-2017'), 4, 'CERTIFICATE_SUBSIDY',
     1500, 'CNY', true, null, date '2017-01-01', null,
     '中级证书(对应四级);金额为补贴上限。',
     'Intermediate (中级) certificate, i.e. level 4; the amount is an upper limit.',
     (select id from source where slug = 'gmrb-2017-05-21'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000003',
     (select id from policy where slug = 'unemployment-insurance-skill-subsidy-2017'), 3, 'CERTIFICATE_SUBSIDY',
     2000, 'CNY', true, null, date '2017-01-01', null,
     '高级证书(对应三级);金额为补贴上限。',
     'Senior (高级) certificate, i.e. level 3; the amount is an upper limit.',
     (select id from source where slug = 'gmrb-2017-05-21'), 'REPORTED');

-- =====================================================================================================================
-- Benefits: Shenzhen (each change of amount is its own row with its own dates and source)
-- =====================================================================================================================
insert into benefit (public_id, policy_id, level, kind, amount, currency, upper_limit, uplift_percent,
                     effective_from, effective_to, conditions_zh, conditions_en, source_id, verification)
values
    ('b0000000-0000-4000-8000-000000000004',
     (select id from policy where slug = 'shenzhen-skill-certificate-subsidy'), 3, 'CERTIFICATE_SUBSIDY',
     2000, 'CNY', false, null, null, date '2025-02-28',
     '三级(高级)补贴在2025年3月1日提高到2400元之前的金额。',
     'The level-3 (senior) amount before it rose to 2,400 yuan on 1 March 2025.',
     (select id from source where slug = 'seed-article'), 'UNCONFIRMED'),
    ('b0000000-0000-4000-8000-000000000005',
     (select id from policy where slug = 'shenzhen-skill-certificate-subsidy'), 3, 'CERTIFICATE_SUBSIDY',
     2400, 'CNY', false, null, date '2025-03-01', date '2025-12-31',
     '源文章称自2025年3月1日起由2000元提高到2400元;深圳补贴转载文章(cdhao.com)也报道2025年执行2400元。',
     'The seed article says the amount rose from 2,000 to 2,400 yuan on 1 March 2025; the Shenzhen repost (cdhao.com) also reports 2,400 yuan in force in 2025.',
     (select id from source where slug = 'seed-article'), 'UNCONFIRMED'),
    ('b0000000-0000-4000-8000-000000000006',
     (select id from policy where slug = 'shenzhen-skill-certificate-subsidy'), 3, 'CERTIFICATE_SUBSIDY',
     3120, 'CNY', false, null, date '2026-01-01', null,
     '在2400元基础上上调30%。',
     'A 30% rise on 2,400 yuan.',
     (select id from source where slug = 'sz-repost-cdhao'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000007',
     (select id from policy where slug = 'shenzhen-skill-certificate-subsidy'), 5, 'CERTIFICATE_SUBSIDY',
     1000, 'CNY', false, null, null, null,
     '据报道2025年执行。',
     'Reported as in force in 2025.',
     (select id from source where slug = 'sz-repost-cdhao'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000008',
     (select id from policy where slug = 'shenzhen-skill-certificate-subsidy'), 4, 'CERTIFICATE_SUBSIDY',
     1500, 'CNY', false, null, null, null,
     '据报道2025年执行。',
     'Reported as in force in 2025.',
     (select id from source where slug = 'sz-repost-cdhao'), 'REPORTED');

-- =====================================================================================================================
-- Benefits: Guangdong uplift for level 3 and above in local shortage occupations
-- =====================================================================================================================
insert into benefit (public_id, policy_id, level, kind, amount, currency, upper_limit, uplift_percent,
                     effective_from, effective_to, conditions_zh, conditions_en, source_id, verification)
values
    ('b0000000-0000-4000-8000-000000000009',
     (select id from policy where slug = 'guangdong-skill-training-subsidy-measures'), 3, 'SUBSIDY_UPLIFT',
     null, null, true, 30, date '2023-08-15', date '2025-12-31',
     '适用于列入当地紧缺职业目录的职业;基础补贴标准按省级目录执行。',
     'For occupations in the local shortage catalogue; base amounts follow the provincial catalogue.',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000010',
     (select id from policy where slug = 'guangdong-skill-training-subsidy-measures'), 2, 'SUBSIDY_UPLIFT',
     null, null, true, 30, date '2023-08-15', date '2025-12-31',
     '适用于列入当地紧缺职业目录的职业;基础补贴标准按省级目录执行。',
     'For occupations in the local shortage catalogue; base amounts follow the provincial catalogue.',
     (select id from source where slug = 'unattributed-report'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000011',
     (select id from policy where slug = 'guangdong-skill-training-subsidy-measures'), 1, 'SUBSIDY_UPLIFT',
     null, null, true, 30, date '2023-08-15', date '2025-12-31',
     '适用于列入当地紧缺职业目录的职业;基础补贴标准按省级目录执行。',
     'For occupations in the local shortage catalogue; base amounts follow the provincial catalogue.',
     (select id from source where slug = 'unattributed-report'), 'REPORTED');

-- =====================================================================================================================
-- Benefits: Shanghai key-industry skills pilot
-- =====================================================================================================================
insert into benefit (public_id, policy_id, level, kind, amount, currency, upper_limit, uplift_percent,
                     effective_from, effective_to, conditions_zh, conditions_en, source_id, verification)
values
    ('b0000000-0000-4000-8000-000000000012',
     (select id from policy where slug = 'shanghai-key-industry-skills-pilot-2024'), null, 'SUBSIDY_UPLIFT',
     null, null, false, 30, null, null,
     '人工智能训练师是补贴标准上浮30%的17个职业之一。',
     'AI Trainer is one of the 17 occupations whose subsidy is raised by 30%.',
     (select id from source where slug = 'xinhua-2024-12-04'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000013',
     (select id from policy where slug = 'shanghai-key-industry-skills-pilot-2024'), null, 'SPECIAL_CERTIFICATE_SUBSIDY',
     1000, 'CNY', false, null, null, null,
     '新增的数据标注专项证书。',
     'New data-annotation special certificates.',
     (select id from source where slug = 'xinhua-2024-12-04'), 'REPORTED');

-- =====================================================================================================================
-- Benefits: Tonglu County "one exam, two certificates"
-- =====================================================================================================================
insert into benefit (public_id, policy_id, level, kind, amount, currency, upper_limit, uplift_percent,
                     effective_from, effective_to, conditions_zh, conditions_en, source_id, verification)
values
    ('b0000000-0000-4000-8000-000000000014',
     (select id from policy where slug = 'tonglu-one-exam-two-certificates'), null, 'SPECIAL_CERTIFICATE_SUBSIDY',
     800, 'CNY', false, null, null, null, null, null,
     (select id from source where slug = 'tonglu-notice'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000015',
     (select id from policy where slug = 'tonglu-one-exam-two-certificates'), 5, 'CERTIFICATE_SUBSIDY',
     1000, 'CNY', false, null, null, null, null, null,
     (select id from source where slug = 'tonglu-notice'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000016',
     (select id from policy where slug = 'tonglu-one-exam-two-certificates'), 4, 'CERTIFICATE_SUBSIDY',
     1500, 'CNY', false, null, null, null, null, null,
     (select id from source where slug = 'tonglu-notice'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000017',
     (select id from policy where slug = 'tonglu-one-exam-two-certificates'), 3, 'CERTIFICATE_SUBSIDY',
     2000, 'CNY', false, null, null, null, null, null,
     (select id from source where slug = 'tonglu-notice'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000018',
     (select id from policy where slug = 'tonglu-one-exam-two-certificates'), 2, 'CERTIFICATE_SUBSIDY',
     2500, 'CNY', false, null, null, null, null, null,
     (select id from source where slug = 'tonglu-notice'), 'REPORTED'),
    ('b0000000-0000-4000-8000-000000000019',
     (select id from policy where slug = 'tonglu-one-exam-two-certificates'), 1, 'CERTIFICATE_SUBSIDY',
     3000, 'CNY', false, null, null, null, null, null,
     (select id from source where slug = 'tonglu-notice'), 'REPORTED');
