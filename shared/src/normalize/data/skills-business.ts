// Curated business / professional skills, same format as skills-tech.ts.
export const BUSINESS_SKILLS = `
# product & program
Product management|product manager|product development|product lifecycle
Product strategy|product vision
Roadmapping|roadmap|roadmaps|product roadmap|product roadmaps
Product discovery
Requirements gathering|product requirements|prds|prd|=PRD|requirements documents|user stories
Go-to-market|gtm|=GTM|go to market|product launch|product launches
Program management|program manager|technical program management|program delivery
Project management|project manager|project planning|pmp|=PMP|prince2
Stakeholder management|stakeholder communication|cross-functional collaboration|cross-functional teams|cross functional
Risk management|risk mitigation|risk assessment
Change management
Process improvement|continuous improvement|six sigma|lean six sigma|process optimization
OKRs|okr|=OKR|kpis|kpi|=KPI
Budgeting|budget management|budget planning
Vendor management|supplier management|procurement
Operations management|business operations
Supply chain|supply chain management|logistics
Strategic planning|business strategy|corporate strategy
Business analysis|business analyst|business requirements
Market research|competitive analysis|market analysis
Customer discovery|customer research|customer insights
# leadership & communication
People management|team management|managing teams|direct reports|team leadership|managed a team|line management
Leadership|leading teams|thought leadership
Mentoring|mentorship|coaching|mentored|mentor
Hiring|recruiting|talent acquisition|interviewing|sourcing
Communication|communication skills|written communication|verbal communication|presentation skills|public speaking
Negotiation|negotiating
Problem solving|problem-solving|critical thinking|analytical skills
# sales & marketing
Sales|selling|b2b sales|enterprise sales|saas sales|inside sales|outbound sales
Account management|account manager|key account management|client management
Business development|biz dev|bizdev|partnerships|partnership development
Lead generation|prospecting|pipeline generation|cold calling
Customer success|client success|customer retention|churn reduction
Customer service|customer support|client service|help desk|helpdesk
Digital marketing|online marketing|performance marketing|growth marketing
Content marketing|content strategy|copywriting|content creation
SEO|search engine optimization
SEM|paid search|google ads|ppc|paid media|paid social|media buying
Social media marketing|social media|community management
Email marketing|marketing automation|lifecycle marketing|crm marketing
Product marketing|positioning
Brand management|branding|brand strategy
Marketing analytics|attribution|marketing mix modeling
Public relations|=PR|media relations|communications strategy
Event management|event planning
# finance & legal
Financial analysis|financial modeling|financial modelling|financial planning|fp&a
Accounting|bookkeeping|general ledger|accounts payable|accounts receivable|reconciliation|reconciliations
GAAP|us gaap|ifrs
Auditing|audit|internal audit|external audit
Tax|taxation|tax compliance
Valuation|dcf|due diligence
Investment banking|m&a|mergers and acquisitions|capital markets
Treasury|cash management
Corporate law|contract law|contracts|contract negotiation|contract management
Regulatory compliance|compliance|regulatory affairs|aml|kyc|anti-money laundering
Privacy|gdpr|=GDPR|ccpa|data privacy|data protection
Litigation
Intellectual property|patents|trademarks
# HR & ops
Human resources|=HR|hr management|people operations|people ops
Employee relations
Compensation and benefits|compensation|benefits administration|total rewards
Payroll
Learning and development|l&d|onboarding
HRIS|=HRIS
Workforce planning|capacity planning
# healthcare & other
Patient care|clinical care|bedside care
Nursing|registered nurse|=RN|=BSN
Electronic health records|=EHR|=EMR|=Epic|cerner|electronic medical records
Clinical research|clinical trials
Pharmacology
Teaching|curriculum development|lesson planning
Mandarin|chinese
Spanish
French
German
Hebrew
Arabic
Portuguese
Japanese
`;
